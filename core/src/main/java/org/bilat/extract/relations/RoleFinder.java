package org.bilat.extract.relations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.Lexicon;
import org.bilat.extract.text.Occurrence;
import org.bilat.extract.text.RoleTitles;
import org.bilat.model.EntityType;
import org.bilat.model.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * Finds the posts people hold around a title: "Kazakh Foreign Minister Murat Nurtleu", "Chairman of the Senate,
 * Mari Kask", "Mari Kask, Director of the Centre", "Mari Kask is a Fellow at the Centre", "Editor: Mari Kask, Centre".
 */
final class RoleFinder {
    private static final Set<EntityType> PERSON = EnumSet.of(EntityType.PERSON);
    private static final Set<EntityType> ACTORS = EnumSet.of(EntityType.ORG, EntityType.GPE);
    private static final Set<EntityType> ORG = EnumSet.of(EntityType.ORG);
    private static final Set<EntityType> BODIES_AND_STATES =
            EnumSet.of(EntityType.ORG, EntityType.PROGRAM, EntityType.GPE);
    private static final Set<String> COPULAS = Set.of("is", "was", "remains", "became", "becomes");
    private static final int LONGEST_ASIDE = 7;
    private static final int LONGEST_SHORT_NAME = 3;
    /** Words that open the name of a company's governing board ("Board of Directors of ..."). */
    private static final Set<String> BOARDS = Set.of("board", "boards");

    private final RelationText text;
    private final RoleTitleReader reader;
    private final RelationSink sink;
    private final List<Unplaced> unplaced = new ArrayList<>();
    /** First tokens of the states named right before a title whose holder was found: those states are taken. */
    private final Set<Integer> claimed = new HashSet<>();

    private @Nullable Occurrence chainPerson;
    private int chainEnd = -1;

    RoleFinder(RelationText text, RoleTitles titles, RelationSink sink) {
        this.text = text;
        this.reader = new RoleTitleReader(text, titles);
        this.sink = sink;
    }

    void find() {
        for (int s = 0; s < text.annotated().sentenceCount(); s++) {
            int end = text.annotated().sentenceEnd(s);
            int i = text.annotated().sentenceStarts().get(s);
            while (i < end) {
                Optional<RoleTitle> title = reader.read(i, end);
                i = title.map(t -> Math.max(t.last(), attach(t, end)) + 1).orElse(i + 1);
            }
        }
        placeInDocumentState();
    }

    /**
     * "Interim Defence Minister Mari Kask" with no state named: a state post of the state the document is about (the
     * country it names most), unless the person's post is placed elsewhere in the document.
     */
    private void placeInDocumentState() {
        DocumentState states = new DocumentState(text);
        for (Unplaced u : unplaced) {
            int sentence = text.token(u.first()).sentence();
            // "Minister Kask met his Bordurian counterpart": the post is not in the counterpart's state.
            Optional<Occurrence> state = states.findFor(sentence, claimed)
                    .or(() -> states.otherSide(sentence))
                    .filter(st -> !states.isCounterpartIn(st.id(), sentence));
            if (state.isPresent() && !sink.has(RelationType.ROLE, u.person().id())) {
                // The state stands where the post is told, so that the evidence is that passage.
                Occurrence here = new Occurrence(state.get().id(), EntityType.GPE, u.first(), u.first(), true);
                sink.add(RelationType.ROLE, u.person(), here, titleText(u.title()), u.first(), u.last());
            }
        }
    }

    /** A person with a post whose state or body the text does not name, and the tokens that say so. */
    private record Unplaced(Occurrence person, RoleTitle title, int first, int last) {}

    private void remember(Occurrence person, RoleTitle title) {
        if (reader.isStatePost(title)) {
            int first = Math.min(person.first(), title.first());
            unplaced.add(new Unplaced(person, title, first, Math.max(person.last(), title.last())));
        }
    }

    /** Finds who holds {@code title} and where; returns the last token used. */
    private int attach(RoleTitle title, int end) {
        Optional<Occurrence> state = stateBefore(title.first());
        int left = state.map(Occurrence::first).orElse(title.first()) - 1;
        left = Lexicon.isArticle(text.word(left)) ? left - 1 : left;
        Optional<Occurrence> object = objectAfter(title.last() + 1, end);
        int right = object.map(Occurrence::last).orElse(title.last()) + 1;
        Optional<Occurrence> holder = personBefore(left);
        if (holder.isPresent() && text.startingAt(right, PERSON).isEmpty()) {
            state.ifPresent(s -> claimed.add(s.first()));
            firstOfTwoPosts(holder.get(), title, state, object);
            return add(holder.get(), title, object.or(() -> state), right - 1, end);
        }
        Optional<Occurrence> after = personAt(text.word(right).equals(",") ? right + 1 : right, end);
        if (after.isPresent()) {
            state.ifPresent(s -> claimed.add(s.first()));
            Optional<Occurrence> from = affiliation(after.get().last() + 1, end);
            Optional<Occurrence> where = object.isPresent() ? object : from.or(() -> state);
            where.ifPresentOrElse(
                    w -> sink.add(RelationType.ROLE, after.get(), w, titleText(title), title.first(), 0),
                    () -> remember(after.get(), title));
            firstOfTwoPosts(after.get(), title, state, object);
            return Math.max(after.get().last(), from.map(Occurrence::last).orElse(0));
        }
        return text.word(right).equals(":") ? byline(title, right + 1) : title.last();
    }

    /**
     * "Ruritania's energy minister and head of Acme Oil, Anton Kessel": of two posts joined by "and", the body after the
     * title holds the second and the state before it the first.
     */
    private void firstOfTwoPosts(
            Occurrence person, RoleTitle title, Optional<Occurrence> state, Optional<Occurrence> object) {
        if (state.isEmpty() || object.isEmpty()) {
            return;
        }
        for (int i = title.first() + 1; i < title.last(); i++) {
            if (text.word(i).equals("and")) {
                String first = text.annotated().span(title.first(), i - 1);
                sink.add(
                        RelationType.ROLE,
                        person,
                        state.get(),
                        first,
                        state.get().first(),
                        i - 1);
                return;
            }
        }
    }

    private int add(Occurrence person, RoleTitle title, Optional<Occurrence> where, int last, int end) {
        if (where.isEmpty()) {
            remember(person, title);
            return last;
        }
        sink.add(RelationType.ROLE, person, where.get(), titleText(title), person.first(), title.last());
        chainPerson = person;
        chainEnd = last;
        Optional<Occurrence> parent = lastOrgOfLine(last + 1, end);
        parent.ifPresent(p -> sink.add(RelationType.ROLE, person, p, titleText(title), person.first(), p.last()));
        chainEnd = parent.map(Occurrence::last).orElse(last);
        return chainEnd;
    }

    /** "Editor:" then "- Mari Kask, Centre": a byline, possibly on the next line. */
    private int byline(RoleTitle title, int from) {
        int i = from;
        while (Set.of("-", "–", "—", "•").contains(text.word(i))) {
            i++;
        }
        Optional<Occurrence> person = text.startingAt(i, PERSON);
        if (person.isEmpty() || !text.word(person.get().last() + 1).equals(",")) {
            return title.last();
        }
        Optional<Occurrence> org = text.startingAt(person.get().last() + 2, ORG);
        org.ifPresent(o -> sink.add(RelationType.ROLE, person.get(), o, titleText(title), title.first(), o.last()));
        return org.map(Occurrence::last).orElse(title.last());
    }

    /**
     * "Kazakh", "Kazakhstan's", "Kazakhstan" or "the Senate" right before a title, or a body with its short name in
     * brackets: "Acme Holdings (AH) Chairman".
     */
    private Optional<Occurrence> stateBefore(int first) {
        int k = first - 1;
        if (text.word(k).equals("'s") || text.word(k).equals("'")) {
            k--;
        }
        k = beforeShortName(k);
        return text.endingAt(k, ACTORS)
                .filter(o -> text.sameSentence(o.first(), first))
                .map(this::stateOfAdjective);
    }

    /** The token before a bracketed short name that ends at {@code k} ("(AH)"), else {@code k}. */
    private int beforeShortName(int k) {
        if (!text.word(k).equals(")")) {
            return k;
        }
        for (int i = k - 1; i >= k - LONGEST_SHORT_NAME && text.sameSentence(i, k); i--) {
            if (text.word(i).equals("(")) {
                return i - 1;
            }
        }
        return k;
    }

    /** "Georgian" before a title names the state even where it is also a form of the state's government. */
    private Occurrence stateOfAdjective(Occurrence o) {
        if (o.type() == EntityType.GPE || o.first() != o.last()) {
            return o;
        }
        return text.stateOf(text.token(o.first()).text(), o.first()).orElse(o);
    }

    /** "of/at/with the Centre", "of Kenya" right after a title. */
    private Optional<Occurrence> objectAfter(int i, int end) {
        String word = text.word(i);
        if (!Set.of("of", "at", "with").contains(word)) {
            return Optional.empty();
        }
        int at = skipLowerAdjectives(Lexicon.isArticle(text.word(i + 1)) ? i + 2 : i + 1);
        Set<EntityType> types = word.equals("of") ? BODIES_AND_STATES : ORG;
        Optional<Occurrence> found = text.startingAt(at, types)
                .filter(o -> o.last() < end && !o.adjective())
                .map(this::ownerOfBoard);
        if (found.isEmpty() && BOARDS.contains(text.word(at))) {
            return boardOwner(at, end);
        }
        return found.flatMap(o -> bodyOf(o, end)).or(() -> found);
    }

    /** "the provincial People's Committee": the first token after the lower-case adjectives no name takes in. */
    private int skipLowerAdjectives(int i) {
        int at = i;
        int size = text.annotated().tokens().size();
        while (at < i + 2
                && at < size
                && text.token(at).pos().startsWith("JJ")
                && !text.token(at).isCapitalized()
                && !text.covered(at)) {
            at++;
        }
        return text.startingAt(at).isEmpty() ? i : at;
    }

    /** "of the Board of Directors of Acme", where the board is no name of its own: the post is in the company. */
    private Optional<Occurrence> boardOwner(int board, int end) {
        for (int i = board + 1; i < Math.min(board + 5, end); i++) {
            if (text.word(i).equals("of")) {
                int at = Lexicon.isArticle(text.word(i + 1)) ? i + 2 : i + 1;
                Optional<Occurrence> owner = text.startingAt(at, ORG).filter(o -> o.last() < end && !o.adjective());
                if (owner.isPresent()) {
                    return owner;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Chairman of the Board of Directors of Acme": a post on a company's board is a post in the company, whose
     * name ends the board's.
     */
    private Occurrence ownerOfBoard(Occurrence body) {
        if (!BOARDS.contains(text.word(body.first())) && !BOARDS.contains(text.word(body.first() + 1))) {
            return body;
        }
        return text.inside(body).stream()
                .filter(o -> o.type() == EntityType.ORG && o.last() == body.last() && !o.adjective())
                .findFirst()
                .orElse(body);
    }

    /** "of Kenya's Security Council": the body the possessive names, not its state. */
    private Optional<Occurrence> bodyOf(Occurrence owner, int end) {
        if (!Set.of("'s", "'").contains(text.word(owner.last() + 1))) {
            return Optional.empty();
        }
        return text.startingAt(owner.last() + 2, ORG).filter(o -> o.last() < end && !o.adjective());
    }

    /** "from the Centre" after a person named after a title. */
    private Optional<Occurrence> affiliation(int i, int end) {
        if (!Set.of("from", "of", "at").contains(text.word(i))) {
            return Optional.empty();
        }
        int at = Lexicon.isArticle(text.word(i + 1)) ? i + 2 : i + 1;
        return text.startingAt(at, ORG).filter(o -> o.last() < end);
    }

    /** A person the title is said of: "Mari Kask, [aside,]", "Mari Kask is a", "Mari Kask (then", or a chain. */
    private Optional<Occurrence> personBefore(int k) {
        int comma = text.word(k).equals("and") ? k - 1 : k;
        if (chainPerson != null && text.word(comma).equals(",") && comma == chainEnd + 1) {
            return Optional.of(chainPerson);
        }
        if (COPULAS.contains(text.word(k))) {
            return text.endingAt(k - 1, PERSON);
        }
        if (!text.word(k).equals(",")) {
            return personBeforeBracket(k);
        }
        for (int i = k - 1; i >= 0 && i >= k - LONGEST_ASIDE && text.sameSentence(i, k); i--) {
            Optional<Occurrence> person = text.endingAt(i, PERSON);
            if (person.isPresent() && (i == k - 1 || text.word(i + 1).equals(","))) {
                return person;
            }
            if (text.covered(i)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "Mari Kask (then Estonian Foreign Minister": a person with the post in brackets after the name. */
    private Optional<Occurrence> personBeforeBracket(int k) {
        for (int i = k; i >= 0 && i > k - LONGEST_ASIDE && text.sameSentence(i, k) && !text.covered(i); i--) {
            if (text.word(i).equals("(")) {
                return text.endingAt(i - 1, PERSON);
            }
        }
        return Optional.empty();
    }

    /** A person right at {@code i}, or after one capitalised word the name did not take in. */
    private Optional<Occurrence> personAt(int i, int end) {
        Optional<Occurrence> person = text.startingAt(i, PERSON);
        if (person.isEmpty()
                && i + 1 < end
                && text.token(i).isCapitalized()
                && !text.word(i).equals(",")) {
            person = text.startingAt(i + 1, PERSON);
        }
        return person.filter(p -> p.last() < end);
    }

    /** "…, Centre for Policy Studies." closing a byline line: the body the post belongs to. */
    private Optional<Occurrence> lastOrgOfLine(int i, int end) {
        if (!text.word(i).equals(",")) {
            return Optional.empty();
        }
        Optional<Occurrence> org = text.startingAt(i + 1, ORG);
        return org.filter(o -> o.last() + 1 >= end || Set.of(".", ";").contains(text.word(o.last() + 1)));
    }

    private String titleText(RoleTitle title) {
        return text.annotated().span(title.first(), title.last());
    }
}

package org.bilat.extract.relations;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.Lexicon;
import org.bilat.extract.text.Occurrence;
import org.bilat.extract.text.RoleTitles;
import org.bilat.model.EntityType;
import org.bilat.nlp.Token;

/** Reads the title of a post that starts at a token: title words and unknown capitalised words ending in a head. */
final class RoleTitleReader {
    private static final Set<EntityType> ANY_NAME = EnumSet.allOf(EntityType.class);
    private static final Set<EntityType> STATE = EnumSet.of(EntityType.GPE);
    private static final int LONGEST_FIELD = 4;
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.");
    /** Heads of posts only a state has, so a holder with no body named holds it in a state. */
    private static final Set<String> STATE_HEADS =
            Set.of("president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "monarch");

    private final RelationText text;
    private final RoleTitles titles;

    RoleTitleReader(RelationText text, RoleTitles titles) {
        this.text = text;
        this.titles = titles;
    }

    /** The title that starts at token {@code from} and ends before {@code end}, if one does. */
    Optional<RoleTitle> read(int from, int end) {
        int lastHead = -1;
        int j = from;
        while (j < end) {
            Optional<Occurrence> wordy = titleWordName(j);
            if (wordy.isPresent()) {
                lastHead = headIn(wordy.get().first(), wordy.get().last(), lastHead);
                j = wordy.get().last() + 1;
            } else if (isTitleToken(j) || (text.word(j).equals("and") && j > from && startsTitleWord(j + 1))) {
                lastHead = headIn(j, j, lastHead);
                j++;
            } else {
                break;
            }
        }
        return lastHead < 0 ? Optional.empty() : Optional.of(new RoleTitle(from, extend(lastHead, end)));
    }

    private boolean startsTitleWord(int i) {
        return isTitleToken(i) || titleWordName(i).isPresent();
    }

    private int headIn(int first, int last, int lastHead) {
        int head = lastHead;
        for (int i = first; i <= last; i++) {
            if (titles.is(RoleTitles.Kind.HEAD, text.word(i))) {
                head = i;
            }
        }
        return head;
    }

    /** Whether the title's words hold a post only a state has ("Interim Defence Minister", "President"). */
    boolean isStatePost(RoleTitle title) {
        for (int i = title.first(); i <= title.last(); i++) {
            if (STATE_HEADS.contains(text.word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A token outside names that is a title word, a capitalised noun or adjective ("Defence" Minister), or a
     * lower-case noun or adjective right before a title word ("economy" minister, "top" diplomat); never an
     * honorific ("Mr.").
     */
    private boolean isTitleToken(int i) {
        if (i >= text.annotated().tokens().size() || text.covered(i) || HONORIFICS.contains(text.word(i))) {
            return false;
        }
        Token t = text.token(i);
        boolean unknownCapital =
                t.isCapitalized() && (t.pos().startsWith("NN") || t.pos().startsWith("JJ"));
        boolean field = (t.pos().equals("NN") || t.pos().startsWith("JJ"))
                && !t.isCapitalized()
                && !Lexicon.isArticle(text.word(i))
                && !text.covered(i + 1)
                && titles.isTitleWord(text.word(i + 1));
        return titles.isTitleWord(t.text()) || unknownCapital || field;
    }

    /** A name made only of title words, which entity typing took for an organisation ("Associate Expert"). */
    private Optional<Occurrence> titleWordName(int i) {
        return text.startingAt(i).stream()
                .filter(o -> !o.adjective())
                .findFirst()
                .filter(o -> {
                    for (int k = o.first(); k <= o.last(); k++) {
                        if (!titles.isTitleWord(text.word(k)) && !text.word(k).equals("and")) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    /** "Minister of Finance" keeps its field, "Ambassador to Japan" its host state. */
    private int extend(int head, int end) {
        String next = text.word(head + 1);
        if (titles.is(RoleTitles.Kind.ENVOY, text.word(head)) && next.equals("to")) {
            return text.startingAt(head + 2, STATE)
                    .filter(o -> o.last() < end)
                    .map(Occurrence::last)
                    .orElse(head);
        }
        if (titles.is(RoleTitles.Kind.PORTFOLIO, text.word(head)) && (next.equals("of") || next.equals("for"))) {
            return field(head + 2, end).orElse(head);
        }
        return head;
    }

    /** The capitalised words of a portfolio ("Foreign Affairs"), not a state's or a person's name. */
    private Optional<Integer> field(int from, int end) {
        int last = -1;
        for (int i = from; i < end && i < from + LONGEST_FIELD; i++) {
            Token t = text.token(i);
            boolean name = text.startingAt(i, ANY_NAME)
                    .filter(o -> o.type() == EntityType.GPE || o.type() == EntityType.PERSON)
                    .isPresent();
            if (name
                    || HONORIFICS.contains(text.word(i))
                    || (!t.isCapitalized() && !text.word(i).equals("and"))) {
                break;
            }
            if (t.isCapitalized()) {
                last = i;
            }
        }
        return last < 0 ? Optional.empty() : Optional.of(last);
    }
}

package org.bilat.extract.relations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.text.Gazetteer;
import org.bilat.extract.text.Lexicon;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * A document's tokens with every mention of its entities laid over them, nested ones included ("National Assembly
 * of Kenya" inside "Senate of the National Assembly of Kenya"), and its nationality adjectives: what the relation
 * rules read.
 */
final class RelationText {
    private static final Comparator<Occurrence> LONGEST_FIRST =
            Comparator.comparingInt((Occurrence o) -> o.first()).thenComparingInt(o -> -o.last());

    private static final int LONGEST_INNER_NAME = 5;

    private final AnnotatedText text;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Occurrence> spans = new ArrayList<>();
    private final Map<Integer, List<Occurrence>> byFirst = new HashMap<>();
    private final Map<Integer, List<Occurrence>> byLast = new HashMap<>();
    private final boolean[] covered;
    private final Map<String, Entity> names = new HashMap<>();

    private RelationText(FactContext context, Collection<Entity> known) {
        this.text = context.text();
        this.covered = new boolean[text.tokens().size()];
        known.forEach(e -> entities.put(e.id(), e));
        for (Entity e : known) {
            e.aliases().forEach(a -> names.putIfAbsent(e.type() + " " + Lexicon.lower(a), e));
        }
        for (Entity entity : known) {
            for (Mention mention : entity.mentions()) {
                context.occurrenceOf(entity, mention)
                        .filter(o -> tokenSentence(o.first()) == tokenSentence(o.last()))
                        .ifPresent(spans::add);
            }
        }
        for (int s = 0; s < text.sentenceCount(); s++) {
            context.occurrences(s).stream().filter(Occurrence::adjective).forEach(spans::add);
        }
        spans.sort(LONGEST_FIRST);
        List<Occurrence> unique = spans.stream().distinct().toList();
        spans.clear();
        spans.addAll(unique);
        for (Occurrence o : spans) {
            byFirst.computeIfAbsent(o.first(), k -> new ArrayList<>()).add(o);
            byLast.computeIfAbsent(o.last(), k -> new ArrayList<>()).add(o);
            for (int i = o.first(); i <= o.last(); i++) {
                covered[i] = true;
            }
        }
        byLast.values().forEach(list -> list.sort(Comparator.comparingInt(Occurrence::first)));
    }

    /** The text of {@code context} with the mentions of {@code known} entities. */
    static RelationText of(FactContext context, Collection<Entity> known) {
        return new RelationText(context, known);
    }

    Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    AnnotatedText annotated() {
        return text;
    }

    Token token(int index) {
        return text.tokens().get(index);
    }

    /** The token's text in lower case with a typographic apostrophe made plain, or "" outside the text. */
    String word(int index) {
        return index < 0 || index >= text.tokens().size()
                ? ""
                : Lexicon.lower(text.tokens().get(index).text());
    }

    /** Whether both tokens exist and lie in one sentence. */
    boolean sameSentence(int a, int b) {
        int size = text.tokens().size();
        return a >= 0 && b >= 0 && a < size && b < size && token(a).sentence() == token(b).sentence();
    }

    /** Every mention and adjective, by first token, longer ones first. */
    List<Occurrence> spans() {
        return spans;
    }

    /** The spans that start at token {@code index}, longest first. */
    List<Occurrence> startingAt(int index) {
        return byFirst.getOrDefault(index, List.of());
    }

    /** The longest span of one of {@code types} that starts at token {@code index}. */
    Optional<Occurrence> startingAt(int index, Set<EntityType> types) {
        return startingAt(index).stream().filter(o -> types.contains(o.type())).findFirst();
    }

    /** The longest span of one of {@code types} that ends at token {@code index}. */
    Optional<Occurrence> endingAt(int index, Set<EntityType> types) {
        return byLast.getOrDefault(index, List.of()).stream()
                .filter(o -> types.contains(o.type()))
                .findFirst();
    }

    /** The spans strictly inside {@code outer}, by first token, longer ones first. */
    List<Occurrence> inside(Occurrence outer) {
        List<Occurrence> nested = new ArrayList<>();
        for (int i = outer.first(); i <= outer.last(); i++) {
            for (Occurrence o : startingAt(i)) {
                if (o.last() <= outer.last() && !o.equals(outer) && !o.id().equals(outer.id())) {
                    nested.add(o);
                }
            }
        }
        return nested;
    }

    /**
     * The longest run of tokens from {@code first} up to {@code last} that is written like a name of an entity of
     * {@code type} in the document, though no mention was laid there ("Kisumu" in "Kisumu Tool Plant").
     */
    Optional<Occurrence> namedAt(int first, int last, EntityType type) {
        for (int end = Math.min(last, first + LONGEST_INNER_NAME); end >= first; end--) {
            Entity named = names.get(type + " " + Lexicon.lower(text.span(first, end)));
            if (named != null) {
                return Optional.of(new Occurrence(named.id(), type, first, end, false));
            }
        }
        return Optional.empty();
    }

    /**
     * The one site of the document that a common noun stands for ("the port" where the text names one port, "Lakeside
     * Port"), placed at token {@code token}: a site whose name holds the noun, else a body or programme whose name
     * does; none where two could be meant.
     */
    Optional<Occurrence> siteCalled(String noun, int token) {
        for (Set<EntityType> types :
                List.of(EnumSet.of(EntityType.FAC), EnumSet.of(EntityType.ORG, EntityType.PROGRAM))) {
            List<Entity> named = entities.values().stream()
                    .filter(e -> types.contains(e.type()))
                    .filter(e -> e.aliases().stream().anyMatch(a -> hasWord(a, noun)) || hasWord(e.name(), noun))
                    .toList();
            if (named.size() == 1) {
                return Optional.of(
                        new Occurrence(named.get(0).id(), named.get(0).type(), token, token, true));
            }
            if (named.size() > 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean hasWord(String name, String word) {
        return List.of(Lexicon.lower(name).split("[^\\p{L}\\p{N}]+", -1)).contains(word);
    }

    /**
     * "the Government of Ruritania": the state's government where the document has it as a body of its own
     * ("Ruritanian Government"), placed at the state's name.
     */
    Optional<Occurrence> governmentNamedAt(Occurrence state) {
        int of = state.first() - 1;
        if (state.type() != EntityType.GPE
                || !word(of).equals("of")
                || !word(of - 1).equals("government")) {
            return Optional.empty();
        }
        String name = entity(state.id()).map(e -> Lexicon.lower(e.name())).orElse("");
        return entities.values().stream()
                .filter(e -> e.type() == EntityType.ORG && !name.isEmpty())
                .filter(e -> hasWord(e.name(), "government")
                        && Lexicon.lower(e.name()).contains(name))
                .findFirst()
                .map(e -> new Occurrence(e.id(), EntityType.ORG, state.first(), state.last(), true));
    }

    /** The state entity of the document a nationality word points at ("Kenyan" at Kenya), as found at a token. */
    Optional<Occurrence> stateOf(String demonym, int token) {
        Gazetteer gazetteer = Gazetteer.load();
        Optional<Gazetteer.Country> country = gazetteer.byDemonym(demonym);
        if (country.isEmpty()) {
            return Optional.empty();
        }
        for (Entity e : entities.values()) {
            Optional<Gazetteer.Country> named =
                    e.type() == EntityType.GPE ? gazetteer.country(e.name()) : Optional.empty();
            if (named.isPresent() && named.get().alpha3().equals(country.get().alpha3())) {
                return Optional.of(new Occurrence(e.id(), EntityType.GPE, token, token, true));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code span} and the mentions of its type coordinated with it in the dependency tree ("Ruritania" gives
     * "Ruritania, Borduria and Syldavia"), in text order; just {@code span} where the sentence was not parsed.
     */
    List<Occurrence> coordinated(Occurrence span) {
        if (span.adjective()) {
            return List.of(span);
        }
        List<Occurrence> found = new ArrayList<>(List.of(span));
        for (Token conjunct : text.withConjuncts(headOf(span))) {
            nameOver(conjunct.index(), EnumSet.of(span.type()))
                    .filter(o -> !found.contains(o))
                    .ifPresent(found::add);
        }
        found.sort(Comparator.comparingInt(Occurrence::first));
        return found;
    }

    /** The token of {@code span} whose head lies outside it (its last token where the sentence was not parsed). */
    Token headOf(Occurrence span) {
        for (int i = span.first(); i <= span.last(); i++) {
            int head = token(i).head();
            if (token(i).parsed() && (head < span.first() || head > span.last())) {
                return token(i);
            }
        }
        return token(span.last());
    }

    /** The longest name (not an adjective) of one of {@code types} over token {@code index}. */
    Optional<Occurrence> nameOver(int index, Set<EntityType> types) {
        for (int i = Math.max(0, index - LONGEST_INNER_NAME * 3); i <= index; i++) {
            for (Occurrence o : startingAt(i)) {
                if (o.last() >= index && types.contains(o.type()) && !o.adjective()) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a longer span holds {@code span} and starts before it. */
    boolean isNested(Occurrence span) {
        for (int i = Math.max(0, span.first() - LONGEST_INNER_NAME * 3); i < span.first(); i++) {
            for (Occurrence o : startingAt(i)) {
                if (o.last() >= span.last()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether some span covers token {@code index}. */
    boolean covered(int index) {
        return index >= 0 && index < covered.length && covered[index];
    }

    private int tokenSentence(int index) {
        return text.tokens().get(index).sentence();
    }
}

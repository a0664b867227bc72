package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.time.Dates;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.NlpPipeline;
import org.bilat.nlp.Token;

/**
 * A hand-made document for relation rules: tokens are the text's space-separated words ("." ends a sentence),
 * capitalised words are proper nouns, and each entity is mentioned wherever its surface forms occur; a parsed fixture
 * takes its tokens, tags and dependency tree from the NLP pipeline instead.
 */
final class RelationFixture {
    private final String text;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final boolean parsed;

    private RelationFixture(String text, boolean parsed) {
        this.text = text;
        this.parsed = parsed;
    }

    static RelationFixture of(String text) {
        return new RelationFixture(text, false);
    }

    /** A fixture annotated by the real pipeline (loads the models once per test JVM). */
    static RelationFixture parsed(String text) {
        return new RelationFixture(text, true);
    }

    /** Adds an entity mentioned by each of {@code surfaces} wherever it occurs as whole words. */
    RelationFixture entity(String id, EntityType type, String... surfaces) {
        List<Mention> mentions = new ArrayList<>();
        for (String surface : surfaces) {
            for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
                int end = at + surface.length();
                if (isBoundary(at - 1) && isBoundary(end)) {
                    mentions.add(new Mention(at, end, surface, type));
                }
            }
        }
        entities.put(id, new Entity(id, surfaces[0], type, List.of(surfaces), mentions));
        return this;
    }

    /**
     * Adds one entity of {@code type} for each of {@code surfaces}, mentioned wherever it occurs, its id the surface in
     * lower case with hyphens for spaces ("Lakes Union" is "lakes-union").
     */
    RelationFixture entities(EntityType type, String... surfaces) {
        for (String surface : surfaces) {
            entity(surface.toLowerCase(Locale.ROOT).replace(' ', '-'), type, surface);
        }
        return this;
    }

    /** Adds an entity mentioned only where {@code surface} first occurs (a later occurrence is left unread). */
    RelationFixture entityOnce(String id, EntityType type, String surface) {
        int at = text.indexOf(surface);
        Mention mention = new Mention(at, at + surface.length(), surface, type);
        entities.put(id, new Entity(id, surface, type, List.of(surface), List.of(mention)));
        return this;
    }

    /** Gives {@code word} the part-of-speech tag {@code pos} (default: NNP if capitalised, else NN). */
    RelationFixture tag(String word, String pos) {
        tags.put(word, pos);
        return this;
    }

    /** Gives each of {@code words} the part-of-speech tag {@code pos}. */
    RelationFixture tags(String pos, String... words) {
        for (String word : words) {
            tag(word, pos);
        }
        return this;
    }

    FactContext context() {
        AnnotatedText annotated = annotate();
        List<String> warnings = new ArrayList<>();
        return FactContext.of(annotated, List.copyOf(entities.values()), Dates.of(annotated, null, warnings), null);
    }

    List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    /** The relations the extractor finds, as "TYPE subject object"; the extraction must warn of nothing. */
    List<String> triples() {
        List<String> warnings = new ArrayList<>();
        List<String> found = new RelationExtractor()
                .extract(context(), entities(), warnings).stream()
                        .map(r -> r.type() + " " + r.subject() + " " + r.object())
                        .toList();
        assertThat(warnings).isEmpty();
        return found;
    }

    private boolean isBoundary(int at) {
        return at < 0
                || at >= text.length()
                || (parsed ? !Character.isLetterOrDigit(text.charAt(at)) : text.charAt(at) == ' ');
    }

    private AnnotatedText annotate() {
        if (parsed) {
            return NlpPipeline.shared().annotate(text);
        }
        List<Token> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>(List.of(0));
        int sentence = 0;
        int at = 0;
        for (String word : text.split(" ", -1)) {
            int begin = text.indexOf(word, at);
            at = begin + word.length();
            tokens.add(
                    new Token(tokens.size(), sentence, word, word.toLowerCase(Locale.ROOT), pos(word), "O", begin, at));
            if (word.equals(".") && at < text.length()) {
                sentence++;
                starts.add(tokens.size());
            }
        }
        return new AnnotatedText(text, tokens, starts);
    }

    private String pos(String word) {
        if (tags.containsKey(word)) {
            return tags.get(word);
        }
        return Character.isUpperCase(word.codePointAt(0)) ? "NNP" : "NN";
    }
}

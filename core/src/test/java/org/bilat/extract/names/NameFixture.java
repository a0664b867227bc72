package org.bilat.extract.names;

import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.bilat.nlp.NlpPipeline;

/** The one way the name ITs run the entity extractor over a sentence of their own and read the types it gave. */
final class NameFixture {
    private NameFixture() {}

    /** The mentions the extractor finds in the text, with the shared NLP pipeline. */
    static List<Mention> mentions(String text) {
        return EntityExtractor.create().extract(NlpPipeline.shared().annotate(text));
    }

    /** The types of the mentions spelled exactly {@code text}. */
    static List<EntityType> typesOf(List<Mention> mentions, String text) {
        return mentions.stream()
                .filter(m -> m.text().equals(text))
                .map(Mention::type)
                .toList();
    }
}

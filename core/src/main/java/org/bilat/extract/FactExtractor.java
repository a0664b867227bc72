package org.bilat.extract;

import java.util.ArrayList;
import java.util.List;
import org.bilat.extract.events.EventExtractor;
import org.bilat.extract.figures.FigureExtractor;
import org.bilat.extract.levels.LevelExtractor;
import org.bilat.extract.relations.RelationExtractor;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.time.Dates;
import org.bilat.model.Entity;
import org.bilat.nlp.AnnotatedText;
import org.jspecify.annotations.Nullable;

/** Finds a document's events, figures, relations and relationship levels over its tokens and resolved entities. Stateless. */
public final class FactExtractor {
    private final EventExtractor events = new EventExtractor();
    private final FigureExtractor figures = new FigureExtractor();
    private final RelationExtractor relations = new RelationExtractor();
    private final LevelExtractor levels = new LevelExtractor();

    public static FactExtractor create() {
        return new FactExtractor();
    }

    /**
     * Finds the facts of one annotated text.
     *
     * @param entities the document's resolved entities (facts refer to their ids)
     * @param documentDate the document's date, ISO 8601 at the precision known, or null
     */
    public Facts extract(AnnotatedText text, List<Entity> entities, @Nullable String documentDate) {
        List<String> warnings = new ArrayList<>(text.warnings());
        FactContext context = FactContext.of(text, entities, Dates.of(text, documentDate, warnings), documentDate);
        return new Facts(
                events.extract(context, warnings),
                figures.extract(context, warnings),
                relations.extract(context, warnings),
                warnings,
                levels.extract(context, warnings));
    }
}

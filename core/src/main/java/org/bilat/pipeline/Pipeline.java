package org.bilat.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilat.extract.FactExtractor;
import org.bilat.extract.Facts;
import org.bilat.extract.names.AdjectiveStates;
import org.bilat.extract.names.EntityExtractor;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.Extraction;
import org.bilat.model.Mention;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.NlpPipeline;
import org.bilat.nlp.SentenceProgress;
import org.bilat.resolve.Resolver;
import org.jspecify.annotations.Nullable;

/** Extraction as a pure function from a document to its record; one instance per process, shared by threads. */
public final class Pipeline {
    private static final Object LOCK = new Object();
    private static @Nullable Pipeline shared;
    private final NlpPipeline nlp;
    private final EntityExtractor entities;
    private final FactExtractor facts;

    private Pipeline(NlpPipeline nlp, EntityExtractor entities, FactExtractor facts) {
        this.nlp = nlp;
        this.entities = entities;
        this.facts = facts;
    }

    /** Loads the NLP models (several seconds, about 2 GB of heap). */
    public static Pipeline load() {
        return new Pipeline(NlpPipeline.shared(), EntityExtractor.create(), FactExtractor.create());
    }

    /** The process-wide pipeline, loaded on first use: the models are loaded once however many callers ask. */
    public static Pipeline shared() {
        synchronized (LOCK) {
            Pipeline loaded = shared;
            if (loaded == null) {
                loaded = load();
                shared = loaded;
            }
            return loaded;
        }
    }

    public Extraction extract(Document document) {
        return extract(document, SentenceProgress.NONE);
    }

    /** As {@link #extract(Document)}, telling {@code progress} how far the NLP has come through the text. */
    public Extraction extract(Document document, SentenceProgress progress) {
        String anchor = TimeAnchor.of(document);
        AnnotatedText annotated = nlp.annotate(document.text(), anchor, progress);
        List<Mention> mentions = entities.extract(annotated);
        List<Entity> resolved = Resolver.resolve(document.text(), mentions);
        Set<String> ids = resolved.stream().map(Entity::id).collect(Collectors.toSet());
        List<Entity> unnamed = AdjectiveStates.unnamed(annotated, resolved).stream()
                .map(Resolver::unnamedState)
                .filter(e -> !ids.contains(e.id()))
                .toList();
        Facts found = facts.extract(annotated, concat(resolved, unnamed), anchor);
        Set<String> needed = found.entityIds();
        List<Entity> entities = concat(
                resolved, unnamed.stream().filter(e -> needed.contains(e.id())).toList());
        return new Extraction(
                document,
                entities,
                found.events(),
                found.quantities(),
                found.relations(),
                found.warnings(),
                found.levels());
    }

    private static List<Entity> concat(List<Entity> first, List<Entity> second) {
        List<Entity> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}

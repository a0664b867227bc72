package org.bilat.export;

import java.util.ArrayList;
import java.util.List;
import org.bilat.model.Document;
import org.bilat.store.CanonicalEntity;
import org.bilat.store.StoreContents;
import org.bilat.store.StoredEvent;
import org.bilat.store.StoredFigure;
import org.bilat.store.StoredLevel;
import org.bilat.store.StoredRelation;

/** Collects the records read from JSON lines into {@link StoreContents}. */
final class ContentsBuilder {
    final List<Document> documents = new ArrayList<>();
    final List<CanonicalEntity> entities = new ArrayList<>();
    final List<StoredEvent> events = new ArrayList<>();
    final List<StoredFigure> figures = new ArrayList<>();
    final List<StoredRelation> relations = new ArrayList<>();
    final List<StoredLevel> levels = new ArrayList<>();

    StoreContents build() {
        return new StoreContents(documents, entities, events, figures, relations, levels);
    }
}

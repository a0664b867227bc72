package org.bilat.web;

import java.util.List;
import org.bilat.model.RelationType;
import org.bilat.store.EntityRef;
import org.bilat.store.Passage;
import org.bilat.store.RelationRow;
import org.jspecify.annotations.Nullable;

/** A relation as the API gives it, with every passage that states it and their sources. */
record RelationView(
        RelationType type,
        EntityRef subject,
        EntityRef object,
        @Nullable String title,
        List<Passage> passages,
        List<String> sources) {
    static RelationView of(RelationRow row) {
        return new RelationView(row.type(), row.subject(), row.object(), row.title(), row.passages(), row.sources());
    }

    static List<RelationView> of(List<RelationRow> rows) {
        return rows.stream().map(RelationView::of).toList();
    }
}

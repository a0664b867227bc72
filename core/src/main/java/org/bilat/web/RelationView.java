package org.bilat.web;

import java.util.List;
import org.bilat.model.RelationType;
import org.bilat.store.EntityRef;
import org.bilat.store.Passage;
import org.bilat.store.RelationFact;
import org.bilat.store.RelationRow;
import org.jspecify.annotations.Nullable;

/**
 * A relation as the API gives it, with the passages listed (every one, or an entity page's first few) and their
 * sources, how many passages state it in all, the fact key and version of each listed passage's relation, and the
 * analysts' verdict over all of them.
 */
record RelationView(
        RelationType type,
        EntityRef subject,
        EntityRef object,
        @Nullable String title,
        List<Passage> passages,
        int totalPassages,
        List<String> sources,
        List<String> keys,
        List<Integer> versions,
        String review) {
    static RelationView of(RelationRow row) {
        return new RelationView(
                row.type(),
                row.subject(),
                row.object(),
                row.title(),
                row.passages(),
                row.total(),
                row.sources(),
                row.facts().stream().map(RelationFact::key).toList(),
                row.facts().stream().map(RelationFact::version).toList(),
                row.review());
    }

    static List<RelationView> of(List<RelationRow> rows) {
        return rows.stream().map(RelationView::of).toList();
    }
}

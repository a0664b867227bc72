package org.bilat.store;

import java.util.ArrayList;
import java.util.List;

/** Relations as documents inside a cut through time state them: their passages only, and none they do not state. */
final class RelationCut {
    private RelationCut() {}

    static List<RelationRow> of(List<RelationRow> rows, DocumentCut cut) {
        if (cut.everything()) {
            return rows;
        }
        List<RelationRow> inside = new ArrayList<>();
        for (RelationRow row : rows) {
            List<Passage> passages = row.passages().stream()
                    .filter(p -> cut.admits(p.documentId()))
                    .toList();
            if (!passages.isEmpty()) {
                inside.add(new RelationRow(row.type(), row.subject(), row.object(), row.title(), passages));
            }
        }
        return inside;
    }
}

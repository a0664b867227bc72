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
            List<Passage> passages = new ArrayList<>();
            List<RelationFact> facts = new ArrayList<>();
            for (int i = 0; i < row.passages().size(); i++) {
                if (cut.admits(row.passages().get(i).documentId())) {
                    passages.add(row.passages().get(i));
                    facts.add(row.facts().get(i));
                }
            }
            if (!passages.isEmpty()) {
                inside.add(new RelationRow(row.type(), row.subject(), row.object(), row.title(), passages, facts));
            }
        }
        return inside;
    }
}

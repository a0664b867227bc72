package org.bilat.web;

import java.util.List;
import java.util.Map;
import org.bilat.store.EntityRef;
import org.bilat.store.Passage;
import org.jspecify.annotations.Nullable;

/** One register as a table: its columns and rows. */
record RegisterTable(String name, String title, List<String> columns, List<Row> rows) {
    RegisterTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * One row: a cell per column, the entities behind the cells that name some, and the passages that state it.
     *
     * @param links for a column that names entities, those entities in the cell's order
     * @param review for a row of a happening or a relation, the analysts' verdict on it (unreviewed, accepted,
     *     edited, added or rejected); null for rows of entities
     * @param facts the facts behind the sources, which an analyst can judge from the row
     */
    record Row(
            List<String> cells,
            Map<String, List<EntityRef>> links,
            List<Passage> sources,
            @Nullable String review,
            List<Fact> facts) {
        Row {
            cells = List.copyOf(cells);
            links = Map.copyOf(links);
            sources = List.copyOf(sources);
            facts = List.copyOf(facts);
        }

        /** A row with no facts to judge. */
        Row(List<String> cells, Map<String, List<EntityRef>> links, List<Passage> sources) {
            this(cells, links, sources, null, List.of());
        }
    }

    /**
     * One stored fact behind a row, as the timeline's controls judge it.
     *
     * @param version the fact's version as read, which a judgement names so that a stale page gets 409
     * @param from the index in the row's sources of its first passage; its passages run to the next fact's
     * @param values the fields an edit starts from
     */
    record Fact(String key, String review, int version, int from, Map<String, String> values) {
        Fact {
            values = Map.copyOf(values);
        }
    }
}

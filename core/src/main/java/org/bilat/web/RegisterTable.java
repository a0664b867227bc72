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
     * @param review for a row of a happening, the analysts' verdict on it (unreviewed, accepted, edited, added or
     *     rejected); null for rows of entities
     */
    record Row(
            List<String> cells,
            Map<String, List<EntityRef>> links,
            List<Passage> sources,
            @Nullable String review) {
        Row {
            cells = List.copyOf(cells);
            links = Map.copyOf(links);
            sources = List.copyOf(sources);
        }

        /** A row of entities, which are not reviewed. */
        Row(List<String> cells, Map<String, List<EntityRef>> links, List<Passage> sources) {
            this(cells, links, sources, null);
        }
    }
}

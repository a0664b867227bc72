package org.bilat.web;

import java.util.List;
import java.util.Map;
import org.bilat.store.EntityRef;
import org.bilat.store.Passage;

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
     */
    record Row(List<String> cells, Map<String, List<EntityRef>> links, List<Passage> sources) {
        Row {
            cells = List.copyOf(cells);
            links = Map.copyOf(links);
            sources = List.copyOf(sources);
        }
    }
}

package org.bilat.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bilat.model.Event;
import org.bilat.store.StoreContents;
import org.bilat.store.StoredEvent;

/**
 * The events-tsv format: a CAMEO-coded, dyadic event table as event-data sets lay it out, one row per document's event
 * and pair of actors (the first participant as source, each other one as target; a lone actor has no target), with the
 * root code and quad class of {@link CameoRoots}. Tabs and line breaks inside a cell become spaces.
 */
final class EventsTsv {
    static final List<String> COLUMNS = List.of(
            "date",
            "source_actor",
            "target_actor",
            "cameo_code",
            "root_code",
            "quad_class",
            "location",
            "source",
            "quote",
            "bilat_type");
    private static final Pattern BREAKS = Pattern.compile("[\\t\\r\\n]+");

    private final StoreContents contents;
    private final Names names;
    private final CameoRoots roots = new CameoRoots();

    EventsTsv(StoreContents contents) {
        this.contents = contents;
        this.names = new Names(contents);
    }

    /** Writes the header and every row; returns how many rows. */
    int write(Writer out) throws IOException {
        line(out, COLUMNS);
        int rows = 0;
        for (StoredEvent stored : contents.events()) {
            for (List<String> row : rows(stored)) {
                line(out, row);
                rows++;
            }
        }
        return rows;
    }

    private List<List<String>> rows(StoredEvent stored) {
        Event event = stored.event();
        List<String> actors = event.participants();
        String source = actors.isEmpty() ? "" : names.entity(actors.get(0));
        List<String> targets = actors.size() < 2
                ? List.of("")
                : actors.subList(1, actors.size()).stream().map(names::entity).toList();
        CameoRoots.Root root = roots.of(event.cameo(), event.type());
        List<List<String>> rows = new ArrayList<>();
        for (String target : targets) {
            rows.add(List.of(
                    CsvTables.orEmpty(event.date()),
                    source,
                    target,
                    event.cameo(),
                    root.code(),
                    String.valueOf(root.quadClass()),
                    event.location() == null ? "" : names.entity(event.location()),
                    names.origin(stored.documentId()),
                    event.evidence().get(0).quote(),
                    event.type().name()));
        }
        return rows;
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            out.write(i == 0 ? "" : "\t");
            out.write(BREAKS.matcher(cells.get(i)).replaceAll(" "));
        }
        out.write('\n');
    }
}

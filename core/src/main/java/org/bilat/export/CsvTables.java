package org.bilat.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bilat.model.Event;
import org.bilat.model.Quantity;
import org.bilat.store.StoreContents;
import org.bilat.store.StoredEvent;
import org.bilat.store.StoredFigure;
import org.jspecify.annotations.Nullable;

/**
 * The csv format: a folder with every register as the register page downloads it, the figures table and the events
 * table, one row per document's figure or event with its source and quote.
 */
final class CsvTables {
    private static final List<String> FIGURE_COLUMNS =
            List.of("Measure", "Value", "Unit", "Qualifier", "Date", "Subjects", "Source", "Quote");
    private static final List<String> EVENT_COLUMNS =
            List.of("Date", "Type", "CAMEO", "Participants", "Place", "Summary", "Happening", "Source", "Quote");

    private final StoreContents contents;
    private final Map<String, String> registers;
    private final Names names;
    private final CsvMapper csv = new CsvMapper();

    CsvTables(StoreContents contents, Map<String, String> registers) {
        this.contents = contents;
        this.registers = Map.copyOf(registers);
        this.names = new Names(contents);
    }

    /** Writes every table into the folder; returns how many rows in all. */
    int write(Path folder) {
        FileOutput.folder(folder);
        int rows = 0;
        for (Map.Entry<String, String> register : registers.entrySet()) {
            rows += FileOutput.write(folder.resolve(register.getKey()), out -> {
                out.write(register.getValue());
                return (int) register.getValue().lines().count() - 1;
            });
        }
        rows += FileOutput.write(folder.resolve("figures.csv"), this::figures);
        rows += FileOutput.write(folder.resolve("events.csv"), this::events);
        return rows;
    }

    private int figures(Writer out) throws IOException {
        try (SequenceWriter rows = writer(out, FIGURE_COLUMNS)) {
            for (StoredFigure figure : contents.figures()) {
                Quantity q = figure.quantity();
                rows.write(cells(
                        q.measure(),
                        plain(q.value()),
                        q.unit(),
                        orEmpty(q.qualifier()),
                        orEmpty(q.date()),
                        names.entities(q.subjects()),
                        names.origin(figure.documentId()),
                        q.evidence().quote()));
            }
        }
        return contents.figures().size();
    }

    private int events(Writer out) throws IOException {
        try (SequenceWriter rows = writer(out, EVENT_COLUMNS)) {
            for (StoredEvent stored : contents.events()) {
                Event e = stored.event();
                rows.write(cells(
                        orEmpty(e.date()),
                        e.type().name(),
                        e.cameo(),
                        names.entities(e.participants()),
                        e.location() == null ? "" : names.entity(e.location()),
                        e.summary(),
                        stored.happeningId(),
                        names.origin(stored.documentId()),
                        e.evidence().get(0).quote()));
            }
        }
        return contents.events().size();
    }

    private SequenceWriter writer(Writer out, List<String> columns) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        return csv.writer(schema.build()).writeValues(out);
    }

    private static String[] cells(String... values) {
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = guarded(values[i]);
        }
        return cells;
    }

    /** A cell a spreadsheet would run as a formula (= + - @ first) gets a leading apostrophe, as the registers do. */
    private static String guarded(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The number without an exponent: 2770000000, 2.5. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}

package org.bilat.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bilat.store.Passage;

/** Writes a register as RFC 4180 CSV, with the sources and the first quote as the last columns. */
final class Csv {
    private Csv() {}

    static String of(RegisterTable table) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(table.columns());
        header.add("Sources");
        header.add("Quote");
        line(csv, header);
        for (RegisterTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>(row.cells());
            cells.add(row.sources().stream().map(Passage::source).distinct().collect(Collectors.joining("; ")));
            cells.add(
                    row.sources().isEmpty()
                            ? ""
                            : row.sources().get(0).evidence().quote());
            line(csv, cells);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(Csv::cell).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    /**
     * Quotes a cell when needed; a cell that a spreadsheet would run as a formula (= + - @ first) gets a leading
     * apostrophe, since the text comes from documents anyone may have written.
     */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}

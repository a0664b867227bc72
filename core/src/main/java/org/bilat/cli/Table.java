package org.bilat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A plain-text table: a header row, then one row per item, columns padded to their widest cell. */
final class Table {
    private static final int MAX_CELL = 60;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> header) {
        rows.add(header);
    }

    static Table of(String... header) {
        return new Table(List.of(header));
    }

    Table row(@Nullable Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell(cell));
        }
        if (row.size() != rows.get(0).size()) {
            throw new IllegalArgumentException(
                    "row of " + row.size() + " cells, header of " + rows.get(0).size());
        }
        rows.add(row);
        return this;
    }

    void print(PrintWriter out) {
        int[] widths = widths();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : pad(row.get(i), widths[i] + 2));
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    private int[] widths() {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    private static String cell(@Nullable Object value) {
        String text =
                value == null ? "-" : value.toString().replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}

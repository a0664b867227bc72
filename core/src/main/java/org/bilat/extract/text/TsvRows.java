package org.bilat.extract.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a tab-separated classpath resource: '#' comment lines, then a header line, then rows of exactly its columns. */
public final class TsvRows {
    private TsvRows() {}

    /** The rows of {@code resource} (a classpath path without a leading slash) whose header must equal {@code columns}. */
    public static List<List<String>> read(String resource, List<String> columns) {
        InputStream in = TsvRows.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new IllegalStateException(resource + ": not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8))) {
            return parse(resource, reader.lines().toList(), columns);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot be read", e);
        }
    }

    public static List<List<String>> parse(String resource, List<String> lines, List<String> columns) {
        int at = 0;
        while (at < lines.size() && lines.get(at).startsWith("#")) {
            at++;
        }
        if (at == lines.size() || !cells(lines.get(at)).equals(columns)) {
            throw new IllegalStateException(
                    resource + ":" + (at + 1) + ": header must be " + String.join(" ", columns));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = at + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> row = cells(lines.get(i));
            if (row.size() != columns.size()) {
                throw new IllegalStateException(
                        resource + ":" + (i + 1) + ": " + row.size() + " columns, expected " + columns.size());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The non-empty, trimmed items of a ';'-separated cell. */
    public static List<String> items(String cell) {
        return Arrays.stream(cell.split(";", -1))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    private static List<String> cells(String line) {
        return List.of(line.split("\t", -1));
    }
}

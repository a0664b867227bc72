package org.bilat.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A format the knowledge base can be exported in. */
public enum ExportFormat {
    JSONL("jsonl", "jsonl"),
    FTM("ftm", "ftm.json"),
    GRAPHML("graphml", "graphml"),
    CSV("csv", ""),
    EVENTS_TSV("events-tsv", "tsv");

    private final String key;
    private final String extension;

    ExportFormat(String key, String extension) {
        this.key = key;
        this.extension = extension;
    }

    /** The name on the command line: {@code events-tsv}. */
    public String key() {
        return key;
    }

    /** Whether it writes a folder of files rather than one file. */
    public boolean folder() {
        return extension.isEmpty();
    }

    /** The file name extension, without the dot; empty for a folder. */
    public String extension() {
        return extension;
    }

    /** The format with this name, ignoring case. */
    public static Optional<ExportFormat> parse(String name) {
        String folded = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(folded)).findFirst();
    }

    /** Every format's name: "jsonl, ftm, graphml, csv, events-tsv". */
    public static String keys() {
        return Arrays.stream(values()).map(ExportFormat::key).collect(Collectors.joining(", "));
    }
}

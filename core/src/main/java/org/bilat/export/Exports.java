package org.bilat.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bilat.model.BilatException;
import org.bilat.store.Store;
import org.bilat.store.StoreContents;
import org.bilat.web.RegisterFiles;
import org.jspecify.annotations.Nullable;

/** Exports the knowledge base in a chosen format, and loads an exported JSON-lines file into an empty one. */
public final class Exports {
    /**
     * What an export wrote.
     *
     * @param target the file or folder, or "standard output"
     * @param records how many records (lines, nodes and edges, rows) it holds
     */
    public record Written(String target, int records) {}

    private Exports() {}

    /**
     * Writes the store in the format to {@code out} (a file, or a folder in which a file named after the format is
     * made; always a folder for csv), or to {@code stdout} when {@code out} is null; an empty store is an error and
     * writes nothing.
     */
    public static Written export(Store store, ExportFormat format, @Nullable Path out, Writer stdout) {
        // jsonl is the machine's copy of the store, for bilat import; judgements travel apart (bilat judgements export)
        StoreContents contents = format == ExportFormat.JSONL ? store.contents() : store.reviewedContents();
        if (contents.isEmpty()) {
            throw new BilatException("nothing to export: the knowledge base holds no documents");
        }
        if (format == ExportFormat.CSV) {
            Path folder = out == null ? Path.of("bilat-csv") : out;
            Map<String, String> registers = RegisterFiles.csv(store);
            return new Written(folder.toString(), new CsvTables(contents, registers).write(folder));
        }
        FileOutput.Content content = writer(format, contents);
        if (out == null) {
            return new Written("standard output", toStandardOutput(content, stdout));
        }
        Path file = Files.isDirectory(out) ? out.resolve("bilat." + format.extension()) : out;
        return new Written(file.toString(), FileOutput.write(file, content));
    }

    private static int toStandardOutput(FileOutput.Content content, Writer stdout) {
        try {
            int records = content.write(stdout);
            stdout.flush();
            return records;
        } catch (IOException e) {
            throw new BilatException("standard output: cannot write: " + FileOutput.reason(e), e);
        }
    }

    /**
     * Loads a JSON-lines export into the store, which must hold no documents, all or nothing; returns how many
     * documents it loaded. Every quote is checked against its document's text first.
     */
    public static int load(Path file, Store store) {
        StoreContents contents;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            contents = new Jsonl().read(file.toString(), in);
        } catch (IOException e) {
            throw new BilatException(file + ": cannot read: " + FileOutput.reason(e), e);
        }
        if (contents.isEmpty()) {
            throw new BilatException(file + ": no document records; nothing to load");
        }
        store.restore(contents);
        return contents.documents().size();
    }

    private static FileOutput.Content writer(ExportFormat format, StoreContents contents) {
        return switch (format) {
            case JSONL -> out -> new Jsonl().write(contents, out);
            case FTM -> out -> new FtmWriter(contents).write(out);
            case GRAPHML -> out -> new GraphmlWriter(EntityGraph.of(contents)).write(out);
            case EVENTS_TSV -> out -> new EventsTsv(contents).write(out);
            case CSV -> throw new IllegalArgumentException("csv writes a folder");
        };
    }
}

package org.bilat.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.bilat.ingest.DocumentReader;
import org.bilat.model.BilatException;
import org.bilat.model.Document;

/**
 * Where an executor reads each input: a local path as it is, a Hadoop URI through a copy in a scratch folder (the
 * readers work on local files), named as the original so that the document keeps its file name.
 */
final class LocalCopies {
    private final Path scratch;
    private final Configuration hadoop;

    LocalCopies(Path scratch, Configuration hadoop) {
        this.scratch = Objects.requireNonNull(scratch, "scratch");
        this.hadoop = Objects.requireNonNull(hadoop, "hadoop");
    }

    /** The local file the input is read from. */
    Path fileOf(Input input) {
        if (!input.remote()) {
            return Path.of(input.location());
        }
        return scratch.resolve(Long.toString(input.index())).resolve(Locations.fileName(input.location()));
    }

    /** Reads the input's document; one of a Hadoop URI is copied first, and its path is the URI, not the copy. */
    Document read(Input input, DocumentReader reader) {
        Path file = fileOf(input);
        if (!input.remote()) {
            return reader.read(file);
        }
        try {
            fetch(input.location(), file);
            return located(reader.read(file), input.location());
        } catch (BilatException e) {
            throw new BilatException(String.valueOf(e.getMessage()).replace(file.toString(), input.location()), e);
        } finally {
            delete(file);
        }
    }

    private void fetch(String location, Path file) {
        org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(location);
        try {
            Files.createDirectories(Objects.requireNonNull(file.getParent(), "parent"));
            FileSystem system = source.getFileSystem(hadoop);
            try (InputStream in = system.open(source)) {
                Files.copy(in, file);
            }
        } catch (IOException e) {
            throw new BilatException(location + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private static Document located(Document document, String location) {
        return new Document(
                document.source(),
                location,
                document.contentHash(),
                document.mediaType(),
                document.text(),
                document.title(),
                document.author(),
                document.publisher(),
                document.published(),
                document.publishedFrom());
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the scratch folder goes when the partition ends; a copy left until then costs only disk
        }
    }
}

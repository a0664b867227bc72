package org.bilat.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.bilat.model.BilatException;
import org.bilat.model.Extraction;

/** Writes each extraction record to {@code DIR/<source>.json}. */
final class JsonFilesTarget implements BatchTarget {
    private final Path dir;
    private final Set<String> written = new HashSet<>();

    JsonFilesTarget(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    @Override
    public boolean contains(String contentHash) {
        return false;
    }

    @Override
    public boolean write(Extraction extraction) {
        String name = extraction.document().source() + ".json";
        // two inputs from different folders may share a file name; the second must not silently replace the first
        if (!written.add(name)) {
            throw new BilatException(extraction.document().path() + ": another input already wrote " + name
                    + "; extract files with the same name into different --out folders");
        }
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(dir);
            Files.writeString(file, ExtractionJson.write(extraction) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BilatException(file + ": cannot write: " + e.getMessage(), e);
        }
        return true;
    }
}

package org.bilat.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * The files a walk over the user's paths found to read, and one line for each entry it passed over, naming it and
 * saying why ({@code "notes/a.xyz: skipped, not a supported type (...)"}).
 */
public record Walk(List<Path> files, List<String> skipped) {
    public Walk {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }
}

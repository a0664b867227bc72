package org.bilat.ingest;

import java.nio.file.Path;

/** Turns the bytes of one file of a known format into text and metadata. */
interface FormatReader {
    /**
     * Reads {@code bytes}, the whole content of {@code file}.
     *
     * @throws org.bilat.model.BilatException with a one-line message naming {@code file} if the content is bad
     */
    Extracted read(Path file, byte[] bytes);
}

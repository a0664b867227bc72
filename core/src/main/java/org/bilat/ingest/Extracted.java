package org.bilat.ingest;

import java.util.Objects;

/** The text a reader got out of a file, its media type and the metadata the file itself carries. */
record Extracted(String mediaType, String text, Citation citation) {
    Extracted {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
    }
}

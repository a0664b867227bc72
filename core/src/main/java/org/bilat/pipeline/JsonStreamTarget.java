package org.bilat.pipeline;

import java.io.PrintWriter;
import java.util.Objects;
import org.bilat.model.Extraction;

/** Prints each extraction record as it is written, one JSON object per document. */
final class JsonStreamTarget implements BatchTarget {
    private final PrintWriter out;

    JsonStreamTarget(PrintWriter out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public boolean contains(String contentHash) {
        return false;
    }

    @Override
    public boolean write(Extraction extraction) {
        out.println(ExtractionJson.write(extraction));
        out.flush();
        return true;
    }
}

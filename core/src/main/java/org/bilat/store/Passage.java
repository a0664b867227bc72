package org.bilat.store;

import java.util.Objects;
import org.bilat.model.Evidence;

/** The words of one stored document that state a fact. */
public record Passage(String documentId, String source, Evidence evidence) {
    public Passage {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
    }
}

package org.bilat.store;

import java.util.Objects;
import org.bilat.model.Quantity;

/**
 * One document's figure as stored, at its position in the document's extraction.
 *
 * @param quantity subjects are canonical entity ids
 */
public record StoredFigure(String documentId, int seq, Quantity quantity) {
    public StoredFigure {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(quantity, "quantity");
    }
}

package org.bilat.model;

import java.util.List;
import java.util.Objects;

/**
 * What extraction finds in one document: the record of ../shared/eval/SCHEMA.md, with the document it came from.
 */
public record Extraction(Document document, List<Entity> entities, List<String> warnings) {
    public Extraction {
        Objects.requireNonNull(document, "document");
        entities = List.copyOf(entities);
        warnings = List.copyOf(warnings);
    }
}

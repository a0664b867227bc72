package org.bilat.eval;

import java.util.Objects;

/**
 * A scored set of documents: the score table, the per-type tables and the per-document error listing.
 *
 * @param typeTables P/R/F1 per entity, event and relation type, in the score table's layout
 * @param errors per document, the missed, spurious, mistyped and partly matched records with their quotes
 */
public record Evaluation(Score score, String typeTables, String errors) {
    public Evaluation {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(typeTables, "typeTables");
        Objects.requireNonNull(errors, "errors");
    }
}

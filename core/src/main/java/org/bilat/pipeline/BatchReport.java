package org.bilat.pipeline;

import java.util.List;

/**
 * What a batch did: how many documents were written, found unchanged or failed, and one line per failure.
 *
 * @param errors one line {@code <file>: <what is wrong>} per failed document, in input order
 * @param warnings one line {@code <file>: <position>: <what was skipped>} per soft problem of a written document, in
 *     input order
 */
public record BatchReport(int ingested, int unchanged, int failed, List<String> errors, List<String> warnings) {
    public BatchReport {
        if (ingested < 0 || unchanged < 0 || failed < 0) {
            throw new IllegalArgumentException("negative count");
        }
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (errors.size() != failed) {
            throw new IllegalArgumentException("failed " + failed + " but " + errors.size() + " errors");
        }
    }

    /** A report without warnings. */
    public BatchReport(int ingested, int unchanged, int failed, List<String> errors) {
        this(ingested, unchanged, failed, errors, List.of());
    }

    /** How many documents the batch went through. */
    public int total() {
        return ingested + unchanged + failed;
    }

    /** The line the command line prints at the end of a batch. */
    public String line() {
        return "ingested " + ingested + ", unchanged " + unchanged + ", failed " + failed;
    }
}

package org.bilat.store;

/** The SQL condition that leaves out facts an analyst rejected, for the reads that show the reviewed state. */
final class ReviewStatus {
    private ReviewStatus() {}

    /** True for a fact of the table alias {@code alias} that is not rejected. */
    static String visible(String alias) {
        String column = alias.isEmpty() ? "review_status" : alias + ".review_status";
        return "(" + column + " IS NULL OR " + column + " <> 'rejected')";
    }
}

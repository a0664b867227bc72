package org.bilat.store;

import org.jspecify.annotations.Nullable;

/** The SQL condition that leaves out facts an analyst rejected, for the reads that show the reviewed state. */
final class ReviewStatus {
    private ReviewStatus() {}

    /** True for a fact of the table alias {@code alias} that is not rejected. */
    static String visible(String alias) {
        String column = alias.isEmpty() ? "review_status" : alias + ".review_status";
        return "(" + column + " IS NULL OR " + column + " <> 'rejected')";
    }

    /** {@link #visible(String)}, or true for every fact when rejected ones are to be shown too. */
    static String visible(String alias, boolean showRejected) {
        return showRejected ? "1 = 1" : visible(alias);
    }

    /** The review state a stored status stands for: unreviewed, accepted, edited or rejected. */
    static String of(@Nullable String status) {
        return status == null ? "unreviewed" : status;
    }

    /** Whether a review state is rejected. */
    static boolean rejected(String review) {
        return "rejected".equals(review);
    }
}

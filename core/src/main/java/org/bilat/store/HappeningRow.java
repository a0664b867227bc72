package org.bilat.store;

import java.util.List;
import java.util.Objects;
import org.bilat.model.EventType;
import org.jspecify.annotations.Nullable;

/**
 * One happening across all stored documents, with each document's account of it.
 *
 * @param date the most precise date an account gives, or null when none is dated
 * @param participants the actors of every account, in the order the accounts name them
 * @param location the place the first account that names one gives, or null
 * @param summary the summary of the account that gives the date
 * @param reports every document's account, in the order they were stored
 */
public record HappeningRow(
        String id,
        EventType type,
        @Nullable String date,
        List<EntityRef> participants,
        @Nullable EntityRef location,
        String summary,
        List<EventReport> reports) {
    public HappeningRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(summary, "summary");
        participants = List.copyOf(participants);
        reports = List.copyOf(reports);
    }

    /** The file names of the documents that report it, each once, sorted. */
    public List<String> sources() {
        return reports.stream().map(EventReport::source).distinct().sorted().toList();
    }

    /**
     * The analysts' verdict on it: rejected when every account is, else added (by hand), edited or accepted when one
     * account is (in that order), else unreviewed.
     */
    public String review() {
        return verdict(reports.stream().map(EventReport::review).toList());
    }

    /** The verdict {@link #review()} gives a happening whose accounts have these reviews. */
    static String verdict(List<String> reviews) {
        if (reviews.stream().allMatch(ReviewStatus::rejected)) {
            return "rejected";
        }
        for (String state : List.of("added", "edited", "accepted")) {
            if (reviews.contains(state)) {
                return state;
            }
        }
        return "unreviewed";
    }

    /** How many distinct documents report it. */
    public int corroboration() {
        return (int) reports.stream().map(EventReport::documentId).distinct().count();
    }
}

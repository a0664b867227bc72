package org.bilat.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Puts the judged facts and entities back as the judgements made before an instant left them, for a read as of a day:
 * a fact rejected or edited later shows as the machine read it, a fact added later is gone, an entity merged later is
 * apart again. It writes, so it runs only inside a transaction the caller rolls back.
 */
final class ReviewRewind {
    private final Reviews reviews;

    ReviewRewind(Reviews reviews) {
        this.reviews = reviews;
    }

    /** Whether any judgement was made at or after the instant, so that a read as of it needs a rewind. */
    boolean needed(Instant until) throws SQLException {
        return !reviews.rows().keysSince(Reviews.stamp(until)).isEmpty();
    }

    /** Rewinds the entities, then each fact judged at or after the instant. */
    void rewind(Instant until) throws SQLException {
        String cut = Reviews.stamp(until);
        rewindEntities(cut);
        for (String key : reviews.rows().keysSince(cut)) {
            if (FactKind.ofKey(key) != FactKind.ENTITY) {
                List<Judgement> history = reviews.rows().of(key);
                reviews.replay(key, history, madeBefore(history, cut));
            }
        }
    }

    /**
     * Undoes the standing entity judgements made since, newest first, then applies again those made before and
     * reverted since, oldest first.
     */
    private void rewindEntities(String cut) throws SQLException {
        List<Judgement> all = reviews.entityJudgements();
        List<Judgement> later = new ArrayList<>(Reviews.standing(all).stream()
                .filter(j -> j.madeAt().compareTo(cut) >= 0)
                .toList());
        Collections.reverse(later);
        for (Judgement judgement : later) {
            reviews.entities().undo(judgement);
        }
        Set<String> revertedNow = Reviews.reverted(all);
        reviews.entities()
                .reapply(Reviews.standing(madeBefore(all, cut)).stream()
                        .filter(j -> revertedNow.contains(j.id()))
                        .toList());
    }

    private static List<Judgement> madeBefore(List<Judgement> judgements, String cut) {
        return judgements.stream().filter(j -> j.madeAt().compareTo(cut) < 0).toList();
    }
}

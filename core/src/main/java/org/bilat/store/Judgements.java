package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bilat.model.BilatException;
import org.jspecify.annotations.Nullable;

/**
 * The analysts' judgements as the store takes and gives them: each recorded and applied in one write (refused when
 * the judged fact or entity has moved on from the version named), undone, imported, listed, and the queue of facts
 * not yet reviewed.
 */
final class Judgements {
    private final StoreReads reads;
    private final StoreWrites writes;
    private final Connection connection;
    private final Reviews reviews;
    private final EntityReads entities;
    private final FactReads facts;

    Judgements(
            StoreReads reads,
            StoreWrites writes,
            Connection connection,
            Reviews reviews,
            EntityReads entities,
            FactReads facts) {
        this.reads = reads;
        this.writes = writes;
        this.connection = connection;
        this.reviews = reviews;
        this.entities = entities;
        this.facts = facts;
    }

    /** A judgement of an entity, made once its id, name or alias is resolved. */
    @FunctionalInterface
    interface EntityJudging {
        Judgement judge(EntityRow entity) throws SQLException;
    }

    /**
     * Records and applies a judgement on the fact with this key in one write, refused with {@link StaleVersion} when
     * the fact's version is no longer {@code version} (null checks nothing).
     */
    Judgement ofFact(String key, @Nullable Integer version, SqlWork<Judgement> judging) {
        return writes.write(() -> {
            StaleVersion.check(key, version, reviews.version(key));
            return judging.run();
        });
    }

    /** {@link #ofFact} for the entity with this id, name or alias, whose version is its entity history's length. */
    Judgement ofEntity(String nameOrId, @Nullable Integer version, EntityJudging judging) {
        return writes.write(() -> {
            EntityRow entity =
                    entities.resolve(nameOrId).orElseThrow(() -> new BilatException(nameOrId + ": no such entity"));
            StaleVersion.check(
                    entity.id(), version, reviews.entityHistory(entity.id()).size());
            return judging.judge(entity);
        });
    }

    /** See {@link Store#entityHistory}. */
    List<Judgement> entityHistory(String nameOrId) {
        return reads.read(() -> reviews.entityHistory(entities.id(nameOrId)));
    }

    /** See {@link Store#version}. */
    int version(String key) {
        FactKind.ofKey(key);
        return reads.read(() -> reviews.version(key));
    }

    /** See {@link Store#revert(String, String, String, Integer)}. */
    Judgement revert(String judgementId, String author, @Nullable String reason, @Nullable Integer version) {
        return writes.write(() -> {
            if (version != null) {
                Judgement target = reviews.rows()
                        .withId(judgementId)
                        .orElseThrow(() -> new BilatException(judgementId + ": no such judgement"));
                StaleVersion.check(target.key(), version, reviews.versionOf(target));
            }
            return reviews.revert(judgementId, author, reason);
        });
    }

    /** See {@link Store#history}. */
    List<Judgement> history(String key) {
        FactKind.ofKey(key);
        return reads.read(() -> reviews.rows().of(key));
    }

    /** See {@link Store#judgements}. */
    List<Judgement> all() {
        return reads.read(() -> reviews.rows().all());
    }

    /** See {@link Store#orphanedJudgements}. */
    List<Judgement> orphans() {
        return reads.read(reviews::orphans);
    }

    /** See {@link Store#judgementConflicts}. */
    List<JudgementConflict> conflicts() {
        return reads.read(() -> reviews.conflicts(reviews.rows().keys()));
    }

    /** See {@link Store#importJudgements}. */
    ImportedJudgements importAll(List<Judgement> judgements) {
        return writes.write(() -> {
            int known = 0;
            Set<String> keys = new LinkedHashSet<>();
            for (Judgement judgement : judgements) {
                if (reviews.rows().contains(judgement.id())) {
                    known++;
                } else {
                    reviews.rows().insert(judgement);
                    keys.add(judgement.key());
                }
            }
            reviews.reapply();
            return new ImportedJudgements(judgements.size() - known, known, reviews.conflicts(List.copyOf(keys)));
        });
    }

    /** See {@link Store#reviewQueue}. */
    List<ReviewItem> queue(@Nullable String entity) {
        return reads.read(() ->
                new ReviewQueue(connection, reviews.fields()).list(entities.idOrAny(entity), facts.conflictPassages()));
    }
}

package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bilat.model.BilatException;
import org.jspecify.annotations.Nullable;

/**
 * Records judgements and keeps each judged fact in its reviewed state by replaying the judgements not reverted, oldest
 * first, over the machine's values; a fact that is no longer found by its key is found again by its quote in a
 * document of the same file name, else its judgements are orphaned and kept.
 */
final class Reviews {
    /** Instants at a fixed width, so that they sort as strings. */
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final JudgementRows rows;
    private final FactFields fields;
    private final EntityReviews entities;
    private final HandFacts hand;
    private final Clock clock;
    private Instant last = Instant.EPOCH;

    Reviews(Connection connection, Clock clock) {
        this.clock = clock;
        this.rows = new JudgementRows(connection);
        this.fields = new FactFields(connection);
        this.hand = new HandFacts(connection, fields);
        this.entities = new EntityReviews(connection, rows);
    }

    /** Records and applies a rename, retype, merge or split of an entity. */
    Judgement judgeEntity(
            EntityRow entity, JudgementAction action, EntityEdit edit, String author, @Nullable String reason)
            throws SQLException {
        return entities.judge(entity, action, edit, author, reason, now());
    }

    /** The entity judgements that concern the entity now, oldest first, with their reverts. */
    List<Judgement> entityHistory(String entityId) throws SQLException {
        List<Judgement> all = entityJudgements();
        Set<String> ids = new HashSet<>();
        for (Judgement judgement : all) {
            if (judgement.action() != JudgementAction.REVERT
                    && (entities.entityOf(judgement).filter(entityId::equals).isPresent()
                            || entities.anchorOf(judgement)
                                    .filter(m -> m.entityId().equals(entityId))
                                    .isPresent())) {
                ids.add(judgement.id());
            }
        }
        return all.stream()
                .filter(j -> ids.contains(j.id()) || ids.contains(j.reverts()))
                .toList();
    }

    /** How many judgements a fact key has, the version a write names. */
    int version(String key) throws SQLException {
        return rows.of(key).size();
    }

    /**
     * The version a revert of this judgement names: for an entity judgement, the version of the entity it concerns (as
     * its history gives it), else its fact's.
     */
    int versionOf(Judgement judgement) throws SQLException {
        if (judgement.kind() == FactKind.ENTITY) {
            Optional<String> entity = entities.entityOf(judgement);
            if (entity.isPresent()) {
                return entityHistory(entity.get()).size();
            }
        }
        return version(judgement.key());
    }

    List<Judgement> entityJudgements() throws SQLException {
        return rows.all().stream().filter(j -> j.kind() == FactKind.ENTITY).toList();
    }

    JudgementRows rows() {
        return rows;
    }

    FactFields fields() {
        return fields;
    }

    EntityReviews entities() {
        return entities;
    }

    Judgement judge(
            String key, JudgementAction action, Map<String, String> edit, String author, @Nullable String reason)
            throws SQLException {
        JudgedFact fact = fields.find(key)
                .orElseThrow(
                        () -> new BilatException(key + ": no such fact; ./bilat review lists facts with their keys"));
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        switch (action) {
            case ACCEPT, REJECT -> {
                before.put("status", status(fact.status()));
                after.put("status", action == JudgementAction.ACCEPT ? "accepted" : "rejected");
            }
            case EDIT -> {
                FactFields.check(fact.kind(), edit);
                Map<String, String> values = fields.values(fact);
                edit.keySet().forEach(field -> before.put(field, values.get(field)));
                after.putAll(fields.resolved(edit));
            }
            case ADD -> throw new IllegalArgumentException("an addition names a quote, not a fact; see add");
            case REVERT -> throw new IllegalArgumentException("a revert names a judgement, not a fact");
            default ->
                throw new BilatException(action.name().toLowerCase(java.util.Locale.ROOT)
                        + ": judges an entity, not a fact; use ./bilat entity");
        }
        Judgement judgement = new Judgement(
                UUID.randomUUID().toString(),
                key,
                fact.source(),
                fact.quote(),
                action,
                author,
                now(),
                reason,
                before,
                after,
                null);
        rows.insert(judgement);
        replay(key);
        return judgement;
    }

    /** Adds a fact by hand: the document's words at start..end are its evidence, the values its fields. */
    Judgement add(
            FactKind kind,
            String documentId,
            int start,
            int end,
            Map<String, String> values,
            String author,
            @Nullable String reason)
            throws SQLException {
        HandFacts.checkWhole(kind, values);
        Map<String, String> resolved = fields.resolved(values);
        HandFacts.Words words = hand.words(documentId, start, end);
        String key = HandFacts.key(kind, documentId, start, end, values);
        if (standing(rows.of(key)).stream().anyMatch(j -> j.action() == JudgementAction.ADD)) {
            throw new BilatException(key + ": added already; edit it instead");
        }
        Judgement judgement = new Judgement(
                UUID.randomUUID().toString(),
                key,
                words.source(),
                words.quote(),
                JudgementAction.ADD,
                author,
                now(),
                reason,
                Map.of(),
                resolved,
                null);
        rows.insert(judgement);
        replay(key);
        return judgement;
    }

    Judgement revert(String judgementId, String author, @Nullable String reason) throws SQLException {
        Judgement target =
                rows.withId(judgementId).orElseThrow(() -> new BilatException(judgementId + ": no such judgement"));
        if (target.action() == JudgementAction.REVERT) {
            throw new BilatException(judgementId + ": is a revert; judge the fact again instead");
        }
        if (reverted(rows.all()).contains(target.id())) {
            throw new BilatException(judgementId + ": already reverted");
        }
        Judgement revert = new Judgement(
                UUID.randomUUID().toString(),
                target.key(),
                target.source(),
                target.quote(),
                JudgementAction.REVERT,
                author,
                now(),
                reason,
                target.after(),
                target.before(),
                target.id());
        rows.insert(revert);
        if (target.kind() == FactKind.ENTITY) {
            entities.undo(target);
        } else {
            replay(target.key());
        }
        return revert;
    }

    /** Replays every judged fact, after facts were written again. */
    void reapply() throws SQLException {
        entities.reapply(standing(entityJudgements()));
        for (String key : rows.keys()) {
            if (FactKind.ofKey(key) != FactKind.ENTITY) {
                replay(key);
            }
        }
    }

    /** The fact the judgements of a key apply to now: by its key, else by its quote. */
    Optional<JudgedFact> locate(List<Judgement> history) throws SQLException {
        Judgement first = history.get(0);
        Optional<JudgedFact> fact = fields.find(first.key());
        return fact.isPresent() || HandFacts.isHand(first.key())
                ? fact
                : fields.findByQuote(first.key(), first.source(), first.quote());
    }

    /** The judgements of a key that stand: not reverts and not reverted. */
    static List<Judgement> standing(List<Judgement> history) {
        Set<String> reverted = reverted(history);
        return history.stream()
                .filter(j -> j.action() != JudgementAction.REVERT && !reverted.contains(j.id()))
                .toList();
    }

    private void replay(String key) throws SQLException {
        List<Judgement> history = rows.of(key);
        replay(key, history, history);
    }

    /**
     * Writes a fact as the judgements {@code made} (some of its {@code history}) leave it: the machine's values, which
     * the whole history tells, with the standing ones of {@code made} applied.
     */
    void replay(String key, List<Judgement> history, List<Judgement> made) throws SQLException {
        Optional<JudgedFact> found = history.isEmpty() ? Optional.empty() : find(key, history, made);
        if (found.isEmpty()) {
            return;
        }
        JudgedFact fact = found.get();
        Map<String, String> values = machineValues(history);
        String status = null;
        for (Judgement judgement : standing(made)) {
            switch (judgement.action()) {
                case ACCEPT -> status = "edited".equals(status) || "added".equals(status) ? status : "accepted";
                case REJECT -> status = "rejected";
                case EDIT -> {
                    values.putAll(judgement.after());
                    status = "edited";
                }
                case ADD -> {
                    values.putAll(judgement.after());
                    status = "added";
                }
                default ->
                    throw new IllegalStateException("a fact's standing judgements are accept, reject, edit or add");
            }
        }
        fields.write(fact, values);
        fields.status(fact, status);
    }

    /** The fact to replay on: a hand fact is written again (or removed when its addition was reverted). */
    private Optional<JudgedFact> find(String key, List<Judgement> history, List<Judgement> made) throws SQLException {
        if (!HandFacts.isHand(key)) {
            return locate(history);
        }
        Optional<Judgement> add = standing(made).stream()
                .filter(j -> j.action() == JudgementAction.ADD)
                .findFirst();
        if (add.isEmpty()) {
            hand.remove(key);
            return Optional.empty();
        }
        return hand.restore(add.get());
    }

    /** Each edited field as the machine gave it: its value before the first edit of it. */
    private static Map<String, String> machineValues(List<Judgement> history) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Judgement judgement : history) {
            if (judgement.action() == JudgementAction.EDIT) {
                judgement.before().forEach(values::putIfAbsent);
            }
        }
        return values;
    }

    static Set<String> reverted(List<Judgement> history) {
        Set<String> ids = new HashSet<>();
        for (Judgement judgement : history) {
            String target = judgement.reverts();
            if (target != null) {
                ids.add(target);
            }
        }
        return ids;
    }

    private static String status(@Nullable String status) {
        return status == null ? "unreviewed" : status;
    }

    /** Now, later than any judgement this store made before, so that one fact's judgements keep their order. */
    private String now() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        last = now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
        return stamp(last);
    }

    /** An instant as judgements store it, so that it sorts with their {@code made_at} as a string. */
    static String stamp(Instant instant) {
        return INSTANT.format(instant);
    }

    /** Where analysts disagree on a fact: the last standing judgement of each author, when their outcomes differ. */
    List<JudgementConflict> conflicts(List<String> keys) throws SQLException {
        List<JudgementConflict> conflicts = new ArrayList<>();
        for (String key : keys) {
            Map<String, Judgement> lastByAuthor = new LinkedHashMap<>();
            standing(rows.of(key)).forEach(j -> lastByAuthor.put(j.author(), j));
            Set<List<Object>> outcomes = new HashSet<>();
            lastByAuthor.values().forEach(j -> outcomes.add(List.of(j.action(), j.after())));
            if (outcomes.size() > 1) {
                Judgement any = lastByAuthor.values().iterator().next();
                conflicts.add(new JudgementConflict(key, any.quote(), List.copyOf(lastByAuthor.values())));
            }
        }
        return conflicts;
    }

    /** Lists judged keys whose fact is found neither by key nor by quote, with their latest judgement. */
    List<Judgement> orphans() throws SQLException {
        List<Judgement> orphans = new ArrayList<>();
        for (String key : rows.keys()) {
            List<Judgement> history = rows.of(key);
            Judgement latest = history.get(history.size() - 1);
            boolean withdrawn = HandFacts.isHand(key)
                    && standing(history).stream().noneMatch(j -> j.action() == JudgementAction.ADD);
            boolean gone = FactKind.ofKey(key) == FactKind.ENTITY
                    ? entities.orphaned(latest)
                    : !withdrawn && locate(history).isEmpty();
            if (gone) {
                orphans.add(latest);
            }
        }
        return orphans;
    }
}

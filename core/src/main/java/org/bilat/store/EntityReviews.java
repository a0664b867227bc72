package org.bilat.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilat.model.BilatException;
import org.bilat.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Records entity judgements (rename, retype, merge, split), applies and undoes them, and applies the standing ones
 * again, oldest first, after documents were written: each is keyed by one mention of its entity
 * ({@code entity:DOC:START-END}) and a merge or split lists the mentions it moved, so it finds its entities again after
 * a re-run; one whose mention is gone is orphaned and kept.
 */
final class EntityReviews {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MENTION_KEY = Pattern.compile("(?:entity:)?([^:]+):(\\d{1,9})-(\\d{1,9})");

    /** An entity merged into another, as it was, so that a revert can bring it back. */
    record Absorbed(String id, String name, String type, List<String> members, List<String> facts) {}

    private final Connection connection;
    private final JudgementRows rows;
    private final EntityMoves moves;

    EntityReviews(Connection connection, JudgementRows rows) {
        this.connection = connection;
        this.rows = rows;
        this.moves = new EntityMoves(connection);
    }

    Judgement judge(
            EntityRow entity,
            JudgementAction action,
            EntityEdit edit,
            String author,
            @Nullable String reason,
            String madeAt)
            throws SQLException {
        if (moves.anchor(entity.id()).isEmpty()) {
            throw new BilatException(entity.id() + ": has no mention to key a judgement by");
        }
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        switch (action) {
            case RENAME -> rename(entity, edit, before, after);
            case RETYPE -> retype(entity, edit, before, after);
            case MERGE -> merge(entity, edit, before, after);
            case SPLIT -> split(entity, edit, before, after);
            default -> throw new IllegalArgumentException("not an entity judgement: " + action);
        }
        // keyed by a mention the entity keeps after the judgement (a split moves some away)
        List<String> anchor = moves.anchor(entity.id()).orElseThrow();
        Judgement judgement = new Judgement(
                UUID.randomUUID().toString(),
                anchor.get(0),
                anchor.get(1),
                anchor.get(2),
                action,
                author,
                madeAt,
                reason,
                before,
                after,
                null);
        rows.insert(judgement);
        return judgement;
    }

    private void rename(EntityRow entity, EntityEdit edit, Map<String, String> before, Map<String, String> after)
            throws SQLException {
        String name = edit.name();
        if (name == null || name.isBlank()) {
            throw new BilatException("name: required, the entity's new name");
        }
        before.put("name", entity.name());
        after.put("name", name.strip());
        moves.rename(entity.id(), name.strip());
    }

    private void retype(EntityRow entity, EntityEdit edit, Map<String, String> before, Map<String, String> after)
            throws SQLException {
        EntityType type = edit.type();
        if (type == null) {
            throw new BilatException("type: required, the entity's new type");
        }
        before.put("type", entity.type().name());
        after.put("type", type.name());
        moves.retype(entity.id(), type);
    }

    private void merge(EntityRow into, EntityEdit edit, Map<String, String> before, Map<String, String> after)
            throws SQLException {
        if (edit.others().isEmpty()) {
            throw new BilatException("others: name at least one entity to merge into " + into.id());
        }
        List<Absorbed> absorbed = new ArrayList<>();
        List<String> mentions = new ArrayList<>();
        for (EntityRow other : others(into, edit.others())) {
            List<String> members = new ArrayList<>();
            for (EntityMoves.Member member : moves.members(other.id())) {
                members.add(member.documentId() + ":" + member.localId());
                mentions.add(moves.mentionKey(member));
            }
            absorbed.add(new Absorbed(
                    other.id(), other.name(), other.type().name(), members, moves.factsNaming(other.id())));
            moves.merge(other.id(), into.id());
        }
        before.put("merged", "");
        before.put("_restore", json(absorbed));
        after.put(
                "merged",
                String.join(
                                "; ",
                                absorbed.stream()
                                        .map(a -> a.name() + " [" + a.id() + "]")
                                        .toList()) + " into " + into.name() + " [" + into.id() + "]");
        after.put("_mentions", String.join("; ", mentions));
    }

    private List<EntityRow> others(EntityRow into, List<String> names) throws SQLException {
        Map<String, EntityRow> others = new LinkedHashMap<>();
        EntityQueries entities = new EntityQueries(connection);
        for (String name : names) {
            Optional<EntityRow> byId = entities.withId(EntityRedirects.target(connection, name.strip()));
            EntityRow other = (byId.isPresent() ? byId : entities.named(name.strip()))
                    .orElseThrow(() -> new BilatException("others: " + name + ": no such entity"));
            if (other.id().equals(into.id())) {
                throw new BilatException("others: " + name + " is " + into.id() + " itself");
            }
            others.put(other.id(), other);
        }
        return List.copyOf(others.values());
    }

    private void split(EntityRow from, EntityEdit edit, Map<String, String> before, Map<String, String> after)
            throws SQLException {
        List<EntityMoves.Member> chosen = chosen(from, edit);
        List<String> mentions = new ArrayList<>();
        for (EntityMoves.Member member : chosen) {
            mentions.add(moves.mentionKey(member));
        }
        String wanted = edit.name();
        String name = wanted != null && !wanted.isBlank() ? wanted.strip() : firstName(chosen);
        EntityType wantedType = edit.type();
        EntityType type = wantedType == null ? from.type() : wantedType;
        String id = moves.create(slug(name), name, type);
        moves.move(chosen, id);
        before.put("split", "");
        after.put("split", name + " [" + id + "] from " + from.name() + " [" + from.id() + "]");
        after.put("_id", id);
        after.put("_from", from.id());
        after.put("_fromName", from.name());
        after.put("_fromType", from.type().name());
        after.put("_name", name);
        after.put("_type", type.name());
        after.put("_mentions", String.join("; ", mentions));
    }

    /** The document entities a split moves: those spelt as one of its aliases or holding one of its mentions. */
    private List<EntityMoves.Member> chosen(EntityRow from, EntityEdit edit) throws SQLException {
        if (edit.aliases().isEmpty() && edit.mentions().isEmpty()) {
            throw new BilatException("aliases: name the spellings or mentions to split off " + from.id());
        }
        Set<String> folded = new LinkedHashSet<>();
        edit.aliases().forEach(a -> folded.add(Folding.fold(a)));
        Set<EntityMoves.Member> chosen = new LinkedHashSet<>();
        for (EntityMoves.Member member : moves.members(from.id())) {
            if (folded.contains(Folding.fold(localName(member)))) {
                chosen.add(member);
            }
        }
        for (String mention : edit.mentions()) {
            EntityMoves.Member member = member(mention)
                    .filter(m -> m.entityId().equals(from.id()))
                    .orElseThrow(() -> new BilatException("mentions: " + mention + ": not a mention of " + from.id()));
            chosen.add(member);
        }
        if (chosen.isEmpty()) {
            throw new BilatException("aliases: " + String.join(", ", edit.aliases()) + ": no document names "
                    + from.id() + " so; its spellings are " + String.join(", ", from.aliases()));
        }
        if (chosen.size() == moves.members(from.id()).size()) {
            throw new BilatException("aliases: would split off every mention of " + from.id() + "; rename it instead");
        }
        return List.copyOf(chosen);
    }

    /**
     * Undoes an entity judgement: the name (without the new one as a spelling) or type before, the merged entities
     * back, the split one merged again.
     */
    void undo(Judgement target) throws SQLException {
        Optional<EntityMoves.Member> anchor = anchorOf(target);
        switch (target.action()) {
            case RENAME -> {
                if (anchor.isPresent()) {
                    // the new name came in as a spelling: it goes with the rename unless a document spells it so
                    moves.rename(anchor.get().entityId(), value(target.before(), "name"));
                    moves.dropSpellings(anchor.get().entityId(), List.of(value(target.after(), "name")));
                }
            }
            case RETYPE -> {
                if (anchor.isPresent()) {
                    moves.retype(anchor.get().entityId(), EntityType.valueOf(value(target.before(), "type")));
                }
            }
            case MERGE -> restore(target);
            case SPLIT -> {
                Optional<EntityMoves.Member> split = firstMember(value(target.after(), "_mentions"));
                if (anchor.isPresent() && split.isPresent()) {
                    moves.merge(split.get().entityId(), anchor.get().entityId());
                    EntityRedirects.remove(connection, split.get().entityId());
                    moves.dropSpellings(anchor.get().entityId(), List.of(value(target.after(), "_name")));
                }
            }
            default -> throw new IllegalArgumentException("not an entity judgement: " + target.action());
        }
    }

    private void restore(Judgement merge) throws SQLException {
        for (Absorbed absorbed : absorbed(merge.before().getOrDefault("_restore", "[]"))) {
            List<EntityMoves.Member> members = new ArrayList<>();
            for (String member : absorbed.members()) {
                int colon = member.indexOf(':');
                Jdbc.first(
                                connection,
                                "SELECT document_id, local_id, entity_id FROM document_entities"
                                        + " WHERE document_id = ? AND local_id = ?",
                                r -> new EntityMoves.Member(r.getString(1), r.getString(2), r.getString(3)),
                                member.substring(0, colon),
                                member.substring(colon + 1))
                        .ifPresent(members::add);
            }
            if (!members.isEmpty()) {
                EntityRedirects.remove(connection, absorbed.id());
                String id = moves.create(absorbed.id(), absorbed.name(), EntityType.valueOf(absorbed.type()));
                String into = members.get(0).entityId();
                moves.move(members, id);
                moves.restoreFacts(absorbed.facts(), into, id);
            }
        }
    }

    /** Applies every standing entity judgement again, oldest first, to the entities its mentions belong to now. */
    void reapply(List<Judgement> standing) throws SQLException {
        for (Judgement judgement : standing) {
            Optional<EntityMoves.Member> anchor = anchorOf(judgement);
            if (anchor.isEmpty()) {
                continue;
            }
            String entityId = anchor.get().entityId();
            switch (judgement.action()) {
                case RENAME -> moves.rename(entityId, value(judgement.after(), "name"));
                case RETYPE -> moves.retype(entityId, EntityType.valueOf(value(judgement.after(), "type")));
                case MERGE -> {
                    for (String mention : EntityFields.split(judgement.after().getOrDefault("_mentions", ""))) {
                        Optional<EntityMoves.Member> member = member(mention);
                        if (member.isPresent()) {
                            moves.merge(member.get().entityId(), entityId);
                        }
                    }
                }
                case SPLIT -> resplit(judgement);
                default -> throw new IllegalStateException("not an entity judgement: " + judgement.action());
            }
        }
    }

    private void resplit(Judgement split) throws SQLException {
        List<EntityMoves.Member> members = new ArrayList<>();
        for (String mention : EntityFields.split(split.after().getOrDefault("_mentions", ""))) {
            member(mention).ifPresent(members::add);
        }
        String wanted = value(split.after(), "_id");
        if (members.isEmpty()) {
            return;
        }
        String id = moves.entity(wanted).isPresent()
                ? wanted
                : moves.create(
                        wanted, value(split.after(), "_name"), EntityType.valueOf(value(split.after(), "_type")));
        List<String> from =
                members.stream().map(EntityMoves.Member::entityId).distinct().toList();
        moves.move(members, id);
        Optional<EntityMoves.Member> anchor = anchorOf(split);
        if (anchor.isPresent() && anchor.get().entityId().equals(id)) {
            // the rest of the split entity was linked with the part split off: it goes back to an entity of its own
            List<EntityMoves.Member> rest = moves.members(id).stream()
                    .filter(m -> members.stream().noneMatch(s -> sameMember(s, m)))
                    .toList();
            String wantedFrom = value(split.after(), "_from");
            String restId = moves.entity(wantedFrom).isPresent()
                    ? wantedFrom
                    : moves.create(
                            wantedFrom,
                            value(split.after(), "_fromName"),
                            EntityType.valueOf(value(split.after(), "_fromType")));
            moves.move(rest, restId);
        }
        for (String old : from) {
            moves.deleteIfUnnamed(old);
        }
    }

    private static boolean sameMember(EntityMoves.Member a, EntityMoves.Member b) {
        return a.documentId().equals(b.documentId()) && a.localId().equals(b.localId());
    }

    /** The document entity a judgement's key names now: by its mention's offsets, else by its words and file name. */
    Optional<EntityMoves.Member> anchorOf(Judgement judgement) throws SQLException {
        Optional<EntityMoves.Member> member = member(judgement.key());
        return member.isPresent() ? member : moves.memberBySurface(judgement.source(), judgement.quote());
    }

    /** Whether an entity judgement's mention is no longer found. */
    boolean orphaned(Judgement judgement) throws SQLException {
        return anchorOf(judgement).isEmpty();
    }

    /** The entity a judgement concerns now, or empty when it is orphaned. */
    Optional<String> entityOf(Judgement judgement) throws SQLException {
        if (judgement.action() == JudgementAction.SPLIT) {
            Optional<EntityMoves.Member> split = firstMember(value(judgement.after(), "_mentions"));
            if (split.isPresent()) {
                return Optional.of(split.get().entityId());
            }
        }
        return anchorOf(judgement).map(EntityMoves.Member::entityId);
    }

    private Optional<EntityMoves.Member> firstMember(@Nullable String mentions) throws SQLException {
        for (String mention : EntityFields.split(mentions == null ? "" : mentions)) {
            Optional<EntityMoves.Member> member = member(mention);
            if (member.isPresent()) {
                return member;
            }
        }
        return Optional.empty();
    }

    /** The document entity of a mention key, entity:DOC:START-END or DOC:START-END. */
    private Optional<EntityMoves.Member> member(String key) throws SQLException {
        Matcher matcher = MENTION_KEY.matcher(key.strip());
        if (!matcher.matches()) {
            throw new BilatException(key + ": not a mention key; use DOC:START-END (documentId:start-end)");
        }
        return moves.memberAt(matcher.group(1), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
    }

    private String localName(EntityMoves.Member member) throws SQLException {
        return Jdbc.first(
                        connection,
                        "SELECT name FROM document_entities WHERE document_id = ? AND local_id = ?",
                        r -> r.getString(1),
                        member.documentId(),
                        member.localId())
                .orElse("");
    }

    private String firstName(List<EntityMoves.Member> members) throws SQLException {
        return localName(members.get(0));
    }

    /** A value an entity judgement always keeps. */
    private static String value(Map<String, String> values, String field) {
        String value = values.get(field);
        if (value == null) {
            throw new BilatException("entity judgement: has no " + field + "; it was not made by this Bilat");
        }
        return value;
    }

    private static String slug(String name) {
        String slug = Folding.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "entity" : slug;
    }

    private static String json(List<Absorbed> absorbed) {
        try {
            return JSON.writeValueAsString(absorbed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write merged entities as JSON", e);
        }
    }

    private static List<Absorbed> absorbed(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Absorbed>>() {});
        } catch (JsonProcessingException e) {
            throw new BilatException(
                    "merge judgement: its merged entities are not readable: " + e.getOriginalMessage(), e);
        }
    }
}

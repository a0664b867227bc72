package org.bilat.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilat.model.BilatException;
import org.bilat.model.EntityType;
import org.bilat.store.EntityEdit;
import org.bilat.store.EntityRow;
import org.bilat.store.Judgement;
import org.bilat.store.JudgementAction;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/review} (the queue), {@code GET /api/history?key=|entity=}, {@code POST /api/judgements},
 * {@code POST /api/entities/{id}/judgements}, {@code POST /api/judgements/{id}/revert} and {@code GET /api/session}
 * (the write token); the author comes with each write, and the version read with it when the client wants a change
 * made since refused (409).
 */
final class ReviewEndpoints {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int QUEUE_LIMIT = 1000;

    private final Store store;
    private final WriteGuard guard;

    ReviewEndpoints(Store store, WriteGuard guard) {
        this.store = store;
        this.guard = guard;
    }

    void session(Context ctx) {
        Map<String, @Nullable Object> session = new LinkedHashMap<>();
        session.put("token", guard.token());
        session.put("readOnly", guard.readOnly());
        session.put("user", author());
        ctx.json(session);
    }

    /** The name the UI makes judgements under: {@code BILAT_USER}, else the data folder's {@code config user}. */
    private @Nullable String author() {
        String fromEnvironment = System.getenv("BILAT_USER");
        return fromEnvironment != null && !fromEnvironment.isBlank()
                ? fromEnvironment.strip()
                : store.setting("user").orElse(null);
    }

    void queue(Context ctx) {
        int limit = Params.integer(ctx, "limit", 100, 1, QUEUE_LIMIT);
        var items = store.reviewQueue(Params.entity(ctx, store, "entity"));
        ctx.json(Map.of("total", items.size(), "items", items.subList(0, Math.min(limit, items.size()))));
    }

    void history(Context ctx) {
        String key = Params.text(ctx, "key");
        String entity = Params.text(ctx, "entity");
        if (key == null && entity != null) {
            entityHistory(ctx, entity);
            return;
        }
        if (key == null) {
            throw new BilatException("key: required, a fact key such as figure:86cbf92ae677cec5:120-151 (or entity=)");
        }
        List<Judgement> judgements = store.history(key);
        boolean orphaned =
                store.orphanedJudgements().stream().anyMatch(j -> j.key().equals(key));
        ctx.json(Map.of("key", key, "orphaned", orphaned, "judgements", judgements, "version", judgements.size()));
    }

    private void entityHistory(Context ctx, String name) {
        EntityRow entity = store.find(name).orElseThrow(() -> new NotFound(name + ": no such entity"));
        List<Judgement> judgements = store.entityHistory(entity.id());
        List<String> orphans =
                store.orphanedJudgements().stream().map(Judgement::key).toList();
        String key = judgements.isEmpty() ? "" : judgements.get(0).key();
        ctx.json(Map.of(
                "key",
                key,
                "entity",
                entity.id(),
                "orphaned",
                orphans.contains(key),
                "judgements",
                judgements,
                "version",
                judgements.size()));
    }

    void judge(Context ctx) {
        guard.check(ctx);
        JsonNode body = body(ctx);
        String key = required(body, "key");
        JudgementAction action = action(required(body, "action"));
        Map<String, String> fields = fields(body.get("fields"));
        Judgement judgement = store.judge(
                key, action, fields, required(body, "author"), optional(body, "reason"), version(ctx, body));
        ctx.status(201).json(judgement);
    }

    void judgeEntity(Context ctx) {
        guard.check(ctx);
        JsonNode body = body(ctx);
        String id = ctx.pathParam("id");
        if (store.find(id).isEmpty()) {
            throw new NotFound(id + ": no such entity");
        }
        JudgementAction action = entityAction(required(body, "action"));
        EntityEdit edit = new EntityEdit(
                optional(body, "name"),
                entityType(optional(body, "type")),
                strings(body, "others"),
                strings(body, "aliases"),
                strings(body, "mentions"));
        Judgement judgement = store.judgeEntity(
                id, action, edit, required(body, "author"), optional(body, "reason"), version(ctx, body));
        ctx.status(201).json(judgement);
    }

    void revert(Context ctx) {
        guard.check(ctx);
        JsonNode body = body(ctx);
        Judgement revert = store.revert(
                ctx.pathParam("id"), required(body, "author"), optional(body, "reason"), version(ctx, body));
        ctx.status(201).json(revert);
    }

    /** The version the client read: the body's version, else the If-Match header; null when it gives none. */
    private static @Nullable Integer version(Context ctx, JsonNode body) {
        JsonNode node = body.get("version");
        if (node != null && !node.isNull()) {
            if (!node.canConvertToInt() || !node.isIntegralNumber()) {
                throw new BilatException("version: must be an integer, the version read");
            }
            return node.asInt();
        }
        String match = ctx.header("If-Match");
        if (match == null || match.isBlank()) {
            return null;
        }
        String digits = match.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new BilatException("If-Match: '" + match + "' is not a version number", e);
        }
    }

    private static List<String> strings(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new BilatException(field + ": must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new BilatException(field + ": must be an array of strings");
            }
            values.add(item.asText());
        }
        return values;
    }

    private static JudgementAction entityAction(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "rename" -> JudgementAction.RENAME;
            case "retype" -> JudgementAction.RETYPE;
            case "merge" -> JudgementAction.MERGE;
            case "split" -> JudgementAction.SPLIT;
            default -> throw new BilatException("action: '" + word + "' is not rename, retype, merge or split");
        };
    }

    private static @Nullable EntityType entityType(@Nullable String word) {
        if (word == null) {
            return null;
        }
        try {
            return EntityType.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BilatException("type: '" + word + "' is not an entity type", e);
        }
    }

    static JsonNode body(Context ctx) {
        try {
            JsonNode body = JSON.readTree(ctx.body());
            if (body == null || !body.isObject()) {
                throw new BilatException("body: must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new BilatException("body: not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String required(JsonNode body, String field) {
        String value = optional(body, field);
        if (value == null) {
            throw new BilatException(field + ": required, a non-empty string");
        }
        return value;
    }

    static @Nullable String optional(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BilatException(field + ": must be a string");
        }
        return node.asText().isBlank() ? null : node.asText().strip();
    }

    private static JudgementAction action(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "accept" -> JudgementAction.ACCEPT;
            case "reject" -> JudgementAction.REJECT;
            case "edit" -> JudgementAction.EDIT;
            default -> throw new BilatException("action: '" + word + "' is not accept, reject or edit");
        };
    }

    static Map<String, String> fields(@Nullable JsonNode node) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return fields;
        }
        if (!node.isObject()) {
            throw new BilatException("fields: must be an object of field names and string values");
        }
        for (var field : node.properties()) {
            JsonNode value = field.getValue();
            if (value.isArray()) {
                fields.put(field.getKey(), String.join("; ", strings(node, field.getKey())));
                continue;
            }
            if (!value.isValueNode() || value.isNull()) {
                throw new BilatException(
                        "fields." + field.getKey() + ": must be a string, a number or an array of" + " strings");
            }
            fields.put(field.getKey(), value.asText());
        }
        return fields;
    }
}

package org.bilat.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilat.model.BilatException;
import org.bilat.store.Judgement;
import org.bilat.store.JudgementAction;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/review} (the queue), {@code GET /api/history?key=}, {@code POST /api/judgements} and
 * {@code POST /api/judgements/{id}/revert}, and {@code GET /api/author}, the configured name the UI sends with each
 * write.
 */
final class ReviewEndpoints {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int QUEUE_LIMIT = 1000;

    private final Store store;

    ReviewEndpoints(Store store) {
        this.store = store;
    }

    void queue(Context ctx) {
        int limit = Params.integer(ctx, "limit", 100, 1, QUEUE_LIMIT);
        var items = store.reviewQueue(Params.entity(ctx, store, "entity"));
        ctx.json(Map.of("total", items.size(), "items", items.subList(0, Math.min(limit, items.size()))));
    }

    /** The name the UI makes judgements under: {@code BILAT_USER}, else the data folder's {@code config user}. */
    void author(Context ctx) {
        String fromEnvironment = System.getenv("BILAT_USER");
        String author = fromEnvironment != null && !fromEnvironment.isBlank()
                ? fromEnvironment.strip()
                : store.setting("user").orElse(null);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("author", author);
        ctx.json(answer);
    }

    void history(Context ctx) {
        String key = Params.text(ctx, "key");
        if (key == null) {
            throw new BilatException("key: required, a fact key such as figure:86cbf92ae677cec5:120-151");
        }
        List<Judgement> judgements = store.history(key);
        boolean orphaned =
                store.orphanedJudgements().stream().anyMatch(j -> j.key().equals(key));
        ctx.json(Map.of("key", key, "orphaned", orphaned, "judgements", judgements));
    }

    void judge(Context ctx) {
        WriteGuard.check(ctx);
        JsonNode body = body(ctx);
        String key = required(body, "key");
        JudgementAction action = action(required(body, "action"));
        Map<String, String> fields = fields(body.get("fields"));
        Judgement judgement = store.judge(key, action, fields, required(body, "author"), optional(body, "reason"));
        ctx.status(201).json(judgement);
    }

    void revert(Context ctx) {
        WriteGuard.check(ctx);
        JsonNode body = body(ctx);
        Judgement revert = store.revert(ctx.pathParam("id"), required(body, "author"), optional(body, "reason"));
        ctx.status(201).json(revert);
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
            if (!field.getValue().isValueNode() || field.getValue().isNull()) {
                throw new BilatException("fields." + field.getKey() + ": must be a string or a number");
            }
            fields.put(field.getKey(), field.getValue().asText());
        }
        return fields;
    }
}

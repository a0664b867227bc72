package org.bilat.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Locale;
import org.bilat.model.BilatException;
import org.bilat.store.FactKind;
import org.bilat.store.Judgement;
import org.bilat.store.Store;

/**
 * {@code POST /api/facts}: a fact added by hand from a quote selected in a document; it is stored as an ADD judgement,
 * so it outlives re-extraction as other judgements do.
 */
final class HandFactEndpoints {
    private final Store store;
    private final WriteGuard guard;

    HandFactEndpoints(Store store, WriteGuard guard) {
        this.store = store;
        this.guard = guard;
    }

    void add(Context ctx) {
        guard.check(ctx);
        JsonNode body = ReviewEndpoints.body(ctx);
        Judgement judgement = store.addFact(
                kind(ReviewEndpoints.required(body, "kind")),
                ReviewEndpoints.required(body, "document"),
                offset(body, "start"),
                offset(body, "end"),
                ReviewEndpoints.fields(body.get("fields")),
                ReviewEndpoints.required(body, "author"),
                ReviewEndpoints.optional(body, "reason"));
        ctx.status(201).json(judgement);
    }

    private static FactKind kind(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "event" -> FactKind.EVENT;
            case "figure" -> FactKind.FIGURE;
            case "relation" -> FactKind.RELATION;
            default -> throw new BilatException("kind: '" + word + "' is not event, figure or relation");
        };
    }

    private static int offset(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 0) {
            throw new BilatException(field + ": required, a character offset (a whole number, 0 or more)");
        }
        return node.asInt();
    }
}

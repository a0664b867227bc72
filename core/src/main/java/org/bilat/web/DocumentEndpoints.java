package org.bilat.web;

import io.javalin.http.Context;
import java.util.Map;
import org.bilat.store.DocumentText;
import org.bilat.store.Store;

/** {@code /api/documents}: the list, and one document's text, metadata and mention offsets. */
final class DocumentEndpoints {
    private final Store store;

    DocumentEndpoints(Store store) {
        this.store = store;
    }

    void list(Context ctx) {
        ctx.json(Map.of("documents", store.documents()));
    }

    void one(Context ctx) {
        String id = ctx.pathParam("id");
        DocumentText text = store.document(id).orElseThrow(() -> new NotFound(id + ": no such document"));
        ctx.json(text);
    }
}

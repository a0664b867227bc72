package org.bilat.web;

import io.javalin.http.Context;
import org.bilat.search.SearchIndex;
import org.bilat.search.SearchKind;
import org.bilat.search.SearchQuery;

/** {@code /api/search}: full text over documents, entities and events, with snippets and facets. */
final class SearchEndpoint {
    static final int PAGE_SIZE = 20;

    private final SearchIndex index;

    SearchEndpoint(SearchIndex index) {
        this.index = index;
    }

    void search(Context ctx) {
        Params.YearRange years = Params.years(ctx);
        String text = Params.text(ctx, "q");
        SearchQuery query = new SearchQuery(
                text == null ? "" : text,
                Params.choice(ctx, "kind", SearchKind.class),
                Params.typeCode(ctx, "type"),
                years.from(),
                years.to(),
                Params.text(ctx, "source"),
                Params.integer(ctx, "page", 1, 1, 10_000),
                PAGE_SIZE);
        ctx.json(index.search(query));
    }
}

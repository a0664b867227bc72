package org.bilat.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bilat.search.SearchIndex;
import org.bilat.search.SearchKind;
import org.bilat.search.SearchQuery;
import org.bilat.search.SearchResults;
import org.bilat.store.AsOf;
import org.bilat.store.DocumentRow;
import org.bilat.store.Store;

/** {@code /api/search}: full text over documents, entities and events, with snippets and facets; with a cut
 * through time, only records from documents inside it; events carry their review, and those an analyst rejected are
 * left out unless asked for. */
final class SearchEndpoint {
    static final int PAGE_SIZE = 20;

    private final SearchIndex index;
    private final Store store;

    SearchEndpoint(SearchIndex index, Store store) {
        this.index = index;
        this.store = store;
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
        AsOf asOf = Params.asOf(ctx);
        Map<String, String> reviews = store.happeningReviews(asOf);
        Set<String> leftOut = Params.flag(ctx, "rejected") ? Set.of() : rejected(reviews);
        SearchResults results = index.search(query, asOf.cuts() ? sourcesInside(asOf) : null, leftOut);
        ctx.json(results.withHits(hit -> hit.kind() == SearchKind.EVENT ? hit.reviewed(reviews.get(hit.id())) : hit));
    }

    /** The happenings every account of which an analyst rejected. */
    private static Set<String> rejected(Map<String, String> reviews) {
        return reviews.entrySet().stream()
                .filter(review -> review.getValue().equals("rejected"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The file names of the documents inside the cut: a hit must come from one of them. */
    private Set<String> sourcesInside(AsOf asOf) {
        Predicate<String> inside = store.inside(asOf);
        return store.documents().stream()
                .filter(document -> inside.test(document.id()))
                .map(DocumentRow::source)
                .collect(Collectors.toUnmodifiableSet());
    }
}

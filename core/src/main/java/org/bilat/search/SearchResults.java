package org.bilat.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One page of hits for a query, with the number of all matching records and facet counts over all of them.
 *
 * @param query the query text as given
 * @param total how many records match the text and the filters
 * @param facets counts per value under the keys {@code kind, entityType, eventType, year, source}, each key present
 *     and in that order; values by count, most first, then by value; at most 20 values a key
 */
public record SearchResults(
        String query, long total, int page, int pageSize, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    public SearchResults {
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
        Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
        facets.forEach((key, counts) -> copy.put(key, List.copyOf(counts)));
        facets = Collections.unmodifiableMap(copy);
    }

    /** These results with each hit replaced by what {@code change} makes of it. */
    public SearchResults withHits(UnaryOperator<SearchHit> change) {
        return new SearchResults(
                query, total, page, pageSize, hits.stream().map(change).toList(), facets);
    }
}

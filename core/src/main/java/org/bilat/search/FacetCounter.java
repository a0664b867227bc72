package org.bilat.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.jspecify.annotations.Nullable;

/** Counts the matching records per value of each facet dimension. */
final class FacetCounter {
    static final int MAX_VALUES = 20;

    private static final Comparator<FacetCount> MOST_FIRST =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

    private FacetCounter() {}

    /** Every dimension, empty ones too, its values by count and then by value; no state means an empty index. */
    static Map<String, List<FacetCount>> count(
            @Nullable SortedSetDocValuesReaderState state, @Nullable FacetsCollector matching) throws IOException {
        Map<String, List<FacetCount>> facets = empty();
        if (state == null || matching == null) {
            return facets;
        }
        for (FacetResult result : new SortedSetDocValuesFacetCounts(state, matching).getAllDims(MAX_VALUES)) {
            facets.put(
                    result.dim,
                    Arrays.stream(result.labelValues)
                            .map(value -> new FacetCount(value.label, value.value.longValue()))
                            .sorted(MOST_FIRST)
                            .toList());
        }
        return facets;
    }

    static Map<String, List<FacetCount>> empty() {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        Fields.FACETS.forEach(dimension -> facets.put(dimension, List.of()));
        return facets;
    }
}

package org.bilat.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Adds a search query's filters (kind, type, years, source, files inside a cut, events left out) to the query of its
 * words; they do not score.
 */
final class Filters {
    private Filters() {}

    /**
     * The words' query restricted by the filters, and to records from the files named in {@code within} unless it is
     * null, without the events whose ids are in {@code leftOutEvents}; everything the filters pass when there are no
     * words.
     */
    static Query apply(
            SearchQuery query, @Nullable Query words, @Nullable Set<String> within, Set<String> leftOutEvents) {
        List<Query> filters = filters(query);
        if (within != null) {
            filters.add(new TermInSetQuery(
                    Fields.SOURCE, within.stream().map(BytesRef::new).toList()));
        }
        Query matching = words == null ? new MatchAllDocsQuery() : words;
        if (filters.isEmpty() && leftOutEvents.isEmpty()) {
            return matching;
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(matching, Occur.MUST);
        filters.forEach(filter -> filtered.add(filter, Occur.FILTER));
        if (!leftOutEvents.isEmpty()) {
            filtered.add(
                    new TermInSetQuery(
                            Fields.KEY,
                            leftOutEvents.stream()
                                    .map(id -> new BytesRef(Fields.key(SearchKind.EVENT, id)))
                                    .toList()),
                    Occur.MUST_NOT);
        }
        return filtered.build();
    }

    private static List<Query> filters(SearchQuery query) {
        List<Query> filters = new ArrayList<>();
        SearchKind kind = query.kind();
        if (kind != null) {
            filters.add(new TermQuery(new Term(Fields.KIND, kind.label())));
        }
        String type = query.type();
        if (type != null) {
            filters.add(type(type));
        }
        if (query.from() != null || query.to() != null) {
            filters.add(years(query.from(), query.to()));
        }
        String source = query.source();
        if (source != null) {
            filters.add(new TermQuery(new Term(Fields.SOURCE, source)));
        }
        return filters;
    }

    /** An entity type or an event type. */
    private static Query type(String type) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ENTITY_TYPE, type)), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.EVENT_TYPE, type)), Occur.SHOULD)
                .build();
    }

    /** Records that cover a year in the range; records without years have no year point, so never match. */
    private static Query years(@Nullable Integer from, @Nullable Integer to) {
        return IntPoint.newRangeQuery(
                Fields.YEAR, from == null ? Integer.MIN_VALUE : from, to == null ? Integer.MAX_VALUE : to);
    }
}

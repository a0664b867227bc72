package org.bilat.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.jspecify.annotations.Nullable;

/** Runs one search query on a snapshot (over the records from the files named, when named, but the events left out): one pass collects the page's hits, the exact total and the facet counts. */
final class PageSearch {
    private static final SortField KIND_ORDER = new SortField(Fields.KIND_RANK, SortField.Type.LONG);
    private static final SortField TITLE_ORDER = new SortField(Fields.TITLE_SORT, SortField.Type.STRING);

    /** Best first; ties entities first, then by title, then in index order. */
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, KIND_ORDER, TITLE_ORDER);

    /** Everything, when no word is asked for: entities first, then by title, then in index order. */
    private static final Sort LISTING = new Sort(KIND_ORDER, TITLE_ORDER);

    private PageSearch() {}

    static SearchResults run(
            ReaderSnapshot snapshot, SearchQuery query, @Nullable Set<String> within, Set<String> leftOutEvents)
            throws IOException {
        @Nullable Query words = QueryTranslator.translate(query.text());
        long end = (long) query.page() * query.pageSize();
        int wanted = (int) Math.min(end, Math.max(1, snapshot.reader.maxDoc()));
        // counting every hit, not just enough to rank the page, for an exact total and for the facets
        TopFieldCollectorManager top =
                new TopFieldCollectorManager(words == null ? LISTING : RELEVANCE, wanted, null, Integer.MAX_VALUE);
        Object[] collected = snapshot.searcher.search(
                Filters.apply(query, words, within, leftOutEvents),
                new MultiCollectorManager(top, new FacetsCollectorManager()));
        TopFieldDocs docs = (TopFieldDocs) collected[0];
        ScoreDoc[] page = Arrays.copyOfRange(
                docs.scoreDocs, (int) Math.min(end - query.pageSize(), docs.scoreDocs.length), docs.scoreDocs.length);
        return new SearchResults(
                query.text(),
                docs.totalHits.value,
                query.page(),
                query.pageSize(),
                hits(snapshot, page, words),
                FacetCounter.count(snapshot.facets, (FacetsCollector) collected[1]));
    }

    /** The answer of an index that does not exist yet. */
    static SearchResults none(SearchQuery query) {
        return new SearchResults(query.text(), 0, query.page(), query.pageSize(), List.of(), FacetCounter.empty());
    }

    private static List<SearchHit> hits(ReaderSnapshot snapshot, ScoreDoc[] page, @Nullable Query words)
            throws IOException {
        int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
        StoredFields stored = snapshot.searcher.storedFields();
        Document[] documents = new Document[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            documents[i] = stored.document(docIds[i]);
        }
        List<List<SnippetPart>> snippets =
                new SnippetHighlighter(snapshot.highlighting, docIds, documents).snippets(words, docIds);
        List<SearchHit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            hits.add(hit(documents[i], snippets.get(i)));
        }
        return hits;
    }

    private static SearchHit hit(Document stored, List<SnippetPart> snippet) {
        return new SearchHit(
                Fields.kind(stored.get(Fields.KIND)),
                stored.get(Fields.ID),
                stored.get(Fields.TITLE),
                snippet,
                stored.get(Fields.ENTITY_TYPE),
                stored.get(Fields.EVENT_TYPE),
                stored.get(Fields.DATE),
                List.of(stored.getValues(Fields.SOURCE)),
                null);
    }
}

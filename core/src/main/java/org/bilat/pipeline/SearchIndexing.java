package org.bilat.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilat.search.SearchIndex;
import org.bilat.search.SearchKind;
import org.bilat.search.SearchRecord;
import org.bilat.store.DocumentRow;
import org.bilat.store.Store;

/** Keeps the search index beside the store in step with it. */
public final class SearchIndexing {
    /** How many records of each kind went into the index. */
    public record Counts(int documents, int entities, int events) {}

    private SearchIndexing() {}

    /** Replaces the whole index with what the store holds. */
    public static Counts rebuild(Store store, Path dataDir) {
        List<SearchRecord> documents = SearchRecords.documents(store, store.documents());
        List<SearchRecord> records = new ArrayList<>(documents);
        Counts counts = addFacts(store, records, documents.size());
        SearchIndex.rebuild(dataDir, records);
        return counts;
    }

    /**
     * Adds the documents with these ids and refreshes every entity and event, whose names, aliases and sources
     * the new documents may have changed.
     */
    public static Counts update(Store store, Path dataDir, Collection<String> documentIds) {
        Set<String> stored = Set.copyOf(documentIds);
        List<SearchRecord> documents = SearchRecords.documents(
                store,
                store.documents().stream()
                        .filter(row -> stored.contains(row.id()))
                        .toList());
        List<SearchRecord> records = new ArrayList<>(documents);
        Counts counts = addFacts(store, records, documents.size());
        SearchIndex.update(dataDir, records);
        return counts;
    }

    /**
     * Indexes the stored documents the index does not hold yet (saved by a run that did not reach its end, or while
     * another process held the index), with every entity and event refreshed; nothing when it holds them all.
     *
     * @return the counts written; zero documents when the index was already in step
     */
    public static Counts catchUp(Store store, Path dataDir) {
        Set<String> indexed = SearchIndex.ids(dataDir, SearchKind.DOCUMENT);
        Set<String> stored = store.documents().stream().map(DocumentRow::id).collect(Collectors.toSet());
        if (!stored.containsAll(indexed)) {
            return rebuild(store, dataDir); // an older version of a document was replaced
        }
        List<String> missing = store.documents().stream()
                .map(DocumentRow::id)
                .filter(id -> !indexed.contains(id))
                .toList();
        return missing.isEmpty() ? new Counts(0, 0, 0) : update(store, dataDir, missing);
    }

    private static Counts addFacts(Store store, List<SearchRecord> records, int documents) {
        Map<String, List<String>> sources = store.sourcesPerEntity();
        List<SearchRecord> entities = SearchRecords.entities(store, sources);
        List<SearchRecord> events = SearchRecords.events(store);
        records.addAll(entities);
        records.addAll(events);
        return new Counts(documents, entities.size(), events.size());
    }
}

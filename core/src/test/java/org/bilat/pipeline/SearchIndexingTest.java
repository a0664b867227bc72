package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Extraction;
import org.bilat.search.SearchIndex;
import org.bilat.search.SearchKind;
import org.bilat.search.SearchQuery;
import org.bilat.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexingTest {
    @TempDir
    Path data;

    @Test
    void documentsSavedByARunThatNeverReachedItsEndAreIndexedByTheNext() {
        try (Store store = Store.open(data)) {
            store.save(note("a.txt", "Borduria and Syldavia signed an accord."));
            store.save(note("b.txt", "Syldavia opened a consulate in Ruritania."));
            // no batch end: as after a kill, the two saved documents are in the store only

            SearchIndexing.Counts first = SearchIndexing.catchUp(store, data);
            SearchIndexing.Counts second = SearchIndexing.catchUp(store, data);

            assertThat(first.documents()).isEqualTo(2);
            assertThat(second.documents()).isZero();
            assertThat(SearchIndex.ids(data, SearchKind.DOCUMENT)).hasSize(2);
            try (SearchIndex index = SearchIndex.open(data)) {
                assertThat(index.search(SearchQuery.of("consulate")).total()).isEqualTo(1);
            }
        }
    }

    @Test
    void aBatchEndIndexesItsOwnDocumentsAndThoseEarlierRunsLeftOut() {
        try (Store store = Store.open(data)) {
            store.save(note("left-out.txt", "Carpania recalled its envoy."));
            BatchTarget target = BatchTarget.indexed(store, data);
            target.write(note("new.txt", "Borduria held talks with Carpania."));
            target.finish();

            assertThat(SearchIndex.ids(data, SearchKind.DOCUMENT)).hasSize(2);
        }
    }

    @Test
    void anIndexThatDoesNotExistYetHoldsNoIds() {
        assertThat(SearchIndex.ids(data, SearchKind.DOCUMENT)).isEmpty();
    }

    private static Extraction note(String source, String text) {
        Document document = new Document(
                source, "/in/" + source, Document.hashOf(text), "text/plain", text, source, null, null, null);
        return Extraction.ofEntities(document, List.of(), List.of());
    }
}

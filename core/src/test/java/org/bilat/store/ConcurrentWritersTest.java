package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.bilat.store.Fixtures.entity;
import static org.bilat.store.Fixtures.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bilat.model.EntityType;
import org.bilat.model.Extraction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Two writers, each with its own store on one database, as two {@code bilat ingest} processes fill a team's store. */
@ParameterizedClass
@EnumSource(Engine.class)
class ConcurrentWritersTest {
    private static final int DOCUMENTS = 40;

    @RegisterExtension
    final TestStore stores;

    ConcurrentWritersTest(Engine engine) {
        this.stores = TestStore.on(engine);
    }

    /** The schema is made before the test, as a first process would. */
    @BeforeEach
    void migrate() {
        stores.open().close();
    }

    @Test
    void twoWritersSavingOverlappingDocumentsAtOnceStoreEachDocumentAndEachEntityOnce() throws Exception {
        List<Extraction> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.add(document(i));
        }
        List<Extraction> reversed = new ArrayList<>(documents);
        Collections.reverse(reversed);

        List<SavedDocument> saved = new ArrayList<>();
        savedByTwoWriters(documents, reversed).forEach(saved::addAll);

        assertThat(saved.stream().filter(s -> !s.unchanged())).hasSize(DOCUMENTS);
        assertThat(stores.rows("documents")).isEqualTo(DOCUMENTS);
        try (Store store = stores.open()) {
            assertThat(store.entities(null, null, 100))
                    .extracting(EntityRow::name, EntityRow::documents)
                    .containsExactlyInAnyOrder(tuple("Republic of Ruritania", DOCUMENTS), tuple("Borduria", DOCUMENTS));
        }
    }

    /** What each of two writers saved, the first the documents in one order, the second in the other, at once. */
    private List<List<SavedDocument>> savedByTwoWriters(List<Extraction> one, List<Extraction> other) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            Future<List<SavedDocument>> first = writers.submit(() -> write(start, one));
            Future<List<SavedDocument>> second = writers.submit(() -> write(start, other));
            start.countDown();
            return List.of(first.get(), second.get());
        } finally {
            writers.shutdownNow();
        }
    }

    private List<SavedDocument> write(CountDownLatch start, List<Extraction> documents) throws InterruptedException {
        List<SavedDocument> saved = new ArrayList<>();
        try (Store store = stores.open()) {
            start.await();
            for (Extraction document : documents) {
                saved.add(store.save(document));
            }
        }
        return saved;
    }

    /** Document i names both states, under local ids and names that differ from one document to the next. */
    private static Extraction document(int i) {
        String text = "The Republic of Ruritania and Borduria signed accord number " + i + ". Ruritania ratified it.";
        boolean even = i % 2 == 0;
        return extraction(
                "doc-" + i + ".txt",
                text,
                even
                        ? entity("ruritania", "Ruritania", EntityType.GPE, text, "Ruritania")
                        : entity(
                                "republic-of-ruritania",
                                "Republic of Ruritania",
                                EntityType.GPE,
                                text,
                                "Republic of Ruritania",
                                "Ruritania"),
                entity(even ? "borduria" : "borduria-state", "Borduria", EntityType.GPE, text, "Borduria"));
    }
}

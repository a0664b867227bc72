package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Reads run on read-only connections beside the writer: several at once, and while a document is being saved. */
@ParameterizedClass
@EnumSource(Engine.class)
class ReadConnectionsTest {
    @RegisterExtension
    final TestStore stores;

    ReadConnectionsTest(Engine engine) {
        this.stores = TestStore.on(engine);
    }

    @Test
    void readsAnswerWhileADocumentIsBeingSavedAndSeeItOnceCommitted() throws Exception {
        CountDownLatch saving = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Checkpoint hold = step -> {
            if (step.equals("event 0")) {
                saving.countDown();
                awaitQuietly(release);
            }
        };
        try (Store store = stores.open()) {
            store.save(HappeningPagesTest.document(1));
        }
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (Store store = stores.open(hold)) {
            Future<SavedDocument> saved = writer.submit(() -> store.save(HappeningPagesTest.document(2)));
            assertThat(saving.await(60, TimeUnit.SECONDS)).isTrue();

            List<DocumentRow> during =
                    CompletableFuture.supplyAsync(store::documents).get(30, TimeUnit.SECONDS);
            HappeningPage page = CompletableFuture.supplyAsync(() -> store.timeline("Ruritania", null, 10))
                    .get(30, TimeUnit.SECONDS);
            release.countDown();
            saved.get(60, TimeUnit.SECONDS);

            assertThat(during).extracting(DocumentRow::source).containsExactly("report-01.txt");
            assertThat(page.total()).isEqualTo(2);
            assertThat(store.documents()).hasSize(2);
        } finally {
            release.countDown();
            writer.shutdownNow();
        }
    }

    @Test
    void manyReadersAtOnceAllGetTheirAnswer() throws Exception {
        try (Store store = stores.open()) {
            for (int i = 0; i < 4; i++) {
                store.save(HappeningPagesTest.document(i));
            }
            int total = store.timeline("Ruritania", null, 100).total();
            ExecutorService readers = Executors.newFixedThreadPool(ReadConnections.SIZE * 2);
            try {
                List<Future<Integer>> answers = readers.invokeAll(java.util.Collections.nCopies(
                        40, () -> store.timeline("Ruritania", null, 100).total()));
                for (Future<Integer> answer : answers) {
                    assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(total);
                }
            } finally {
                readers.shutdownNow();
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilat.store.Fixtures.entity;
import static org.bilat.store.Fixtures.extraction;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bilat.model.EntityType;
import org.bilat.model.Extraction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A team store's server drops the connection (an administrator ends the session, as a restart or a network cut
 * would): the document in flight is rolled back whole, the store goes on over a new connection, and when no new
 * connection can be opened the store says so in one line that stops a batch.
 */
class LostConnectionTest {
    @RegisterExtension
    final TestStore stores = TestStore.on(Engine.POSTGRESQL);

    /** The schema is made before the test, as a first process would. */
    @BeforeEach
    void migrate() {
        stores.open().close();
    }

    @Test
    void aConnectionDroppedBetweenDocumentsFailsTheNextOneWholeAndTheStoreGoesOn() throws SQLException {
        try (Store store = stores.open()) {
            store.save(document(1));
            endSessions();
            assertThatThrownBy(() -> store.save(document(2)))
                    .hasMessage("note-2.txt: cannot store the document: the connection to the store was lost and the"
                            + " server rolled the document back (ingest it again)");
            store.save(document(2));
            store.save(document(3));
            assertThat(store.documents())
                    .extracting(DocumentRow::source)
                    .containsExactly("note-1.txt", "note-2.txt", "note-3.txt");
        }
        assertThat(stores.rows("documents")).isEqualTo(3);
        assertThat(stores.rows("mentions")).isEqualTo(6);
    }

    @Test
    void aConnectionDroppedInTheMiddleOfASaveLeavesNothingOfThatDocument() throws SQLException {
        AtomicBoolean dropped = new AtomicBoolean();
        Checkpoint dropOnSecondDocument = step -> {
            if (step.equals("entity borduria-2") && dropped.compareAndSet(false, true)) {
                endSessions();
            }
        };
        try (Store store = stores.open(dropOnSecondDocument)) {
            store.save(document(1));
            assertThatThrownBy(() -> store.save(document(2))).hasMessageContaining("connection to the store was lost");
            assertThat(store.documents()).extracting(DocumentRow::source).containsExactly("note-1.txt");
            assertThat(stores.rows("mentions")).isEqualTo(2);
            assertThat(store.save(document(2)).unchanged()).isFalse();
        }
        assertThat(stores.rows("documents")).isEqualTo(2);
    }

    @Test
    void aServerThatCannotBeReachedAgainStopsWithOneLine() throws SQLException {
        Store store = stores.open();
        try {
            store.save(document(1));
            stores.drop(); // ends the store's session with its database
            assertThatThrownBy(() -> store.save(document(2))).hasMessageContaining("connection to the store was lost");
            assertThatThrownBy(() -> store.save(document(2)))
                    .isInstanceOf(StoreUnreachable.class)
                    .hasMessageContaining(": lost the connection to the store and cannot open a new one: ")
                    .hasMessageNotContaining("\n");
        } finally {
            store.close();
        }
    }

    /** Ends every other session on the store's database, as {@code pg_terminate_backend} does for an administrator. */
    private void endSessions() {
        try (Connection admin = DriverManager.getConnection(stores.url());
                Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Note i names two states of its own, so each document adds two entities and two mentions. */
    private static Extraction document(int i) {
        String text = "Ruritania" + i + " and Borduria" + i + " signed accord number " + i + ".";
        return extraction(
                "note-" + i + ".txt",
                text,
                entity("ruritania-" + i, "Ruritania" + i, EntityType.GPE, text, "Ruritania" + i),
                entity("borduria-" + i, "Borduria" + i, EntityType.GPE, text, "Borduria" + i));
    }
}

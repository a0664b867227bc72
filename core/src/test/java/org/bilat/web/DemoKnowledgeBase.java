package org.bilat.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bilat.ingest.DocumentReader;
import org.bilat.pipeline.BatchReport;
import org.bilat.pipeline.BatchRun;
import org.bilat.pipeline.BatchTarget;
import org.bilat.pipeline.Pipeline;
import org.bilat.store.Store;
import org.bilat.store.TestDatabase;
import org.jspecify.annotations.Nullable;

/**
 * The bundled demo dossier plus one hostile note (markup and script in its text), ingested once per test JVM into a
 * temporary knowledge base with its search index.
 */
final class DemoKnowledgeBase {
    /** A note whose text carries a script tag and an image with an onerror handler. */
    static final String HOSTILE_SOURCE = "hostile-note.txt";

    private static final Object LOCK = new Object();
    private static @Nullable Path dataDir;
    private static @Nullable String postgresUrl;

    private DemoKnowledgeBase() {}

    /** The data folder, built on first use (models load once; about a minute). */
    static Path dataDir() {
        synchronized (LOCK) {
            Path built = dataDir;
            if (built == null) {
                built = build();
                dataDir = built;
            }
            return built;
        }
    }

    /**
     * The demo knowledge base on an engine: "sqlite" opens the data folder's file; "postgresql" a database of the
     * {@code BILAT_TEST_PG} server holding the same contents (copied once per JVM), skipping the test without one.
     */
    static Store open(String engine) {
        if (engine.equals("sqlite")) {
            return Store.open(dataDir());
        }
        synchronized (LOCK) {
            String url = postgresUrl;
            if (url == null) {
                url = copyToPostgres();
                postgresUrl = url;
            }
            return Store.connect(url);
        }
    }

    /** Copies the demo store into a new database of the test server, dropped when the test JVM exits. */
    private static String copyToPostgres() {
        TestDatabase database = TestDatabase.create("demo");
        Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop " + database.url()));
        String url = database.url();
        try (Store sqlite = Store.open(dataDir());
                Store postgres = Store.connect(url)) {
            postgres.restore(sqlite.contents());
        }
        return url;
    }

    private static Path build() {
        try {
            Path dir = Files.createTempDirectory("bilat-demo-kb");
            List<Path> files = new ArrayList<>(DocumentReader.expand(List.of(Path.of("demo"))));
            files.add(Path.of("core/src/test/resources/web", HOSTILE_SOURCE));
            try (Store store = Store.open(dir)) {
                BatchReport report = BatchRun.of(
                                DocumentReader.withMaxSize(DocumentReader.DEFAULT_MAX_BYTES)::read,
                                Pipeline.shared()::extract)
                        .run(files, BatchTarget.indexed(store, dir), progress -> {});
                if (report.failed() > 0 || report.ingested() != files.size()) {
                    throw new IllegalStateException("demo dossier did not ingest cleanly: " + report.line());
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

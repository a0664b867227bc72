package org.bilat.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bilat.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyStoreIsAnErrorAndWritesNoFile() {
        Path file = dir.resolve("kb.jsonl");
        try (Store empty = Store.open(dir.resolve("data"))) {
            assertThatThrownBy(() -> Exports.export(empty, ExportFormat.JSONL, file, new StringWriter()))
                    .hasMessage("nothing to export: the knowledge base holds no documents");
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void anOutputInAMissingFolderIsOneLineAndLeavesNothingBehind() {
        Path file = dir.resolve("no-such-folder").resolve("kb.graphml");
        try (Store store = Dossier.fill(dir.resolve("data"))) {
            assertThatThrownBy(() -> Exports.export(store, ExportFormat.GRAPHML, file, new StringWriter()))
                    .hasMessage(file + ": cannot write: no such folder");
        }
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void aFolderAsOutputGetsAFileNamedAfterTheFormat() throws Exception {
        try (Store store = Dossier.fill(dir.resolve("data"))) {
            Exports.Written written = Exports.export(store, ExportFormat.FTM, dir, new StringWriter());

            assertThat(written.target()).isEqualTo(dir.resolve("bilat.ftm.json").toString());
            assertThat(Files.readAllLines(dir.resolve("bilat.ftm.json"))).hasSize(written.records());
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void formatsAreNamedOnTheCommandLineIgnoringCase() {
        assertThat(ExportFormat.parse("Events-TSV")).contains(ExportFormat.EVENTS_TSV);
        assertThat(ExportFormat.parse("xml")).isEmpty();
        assertThat(ExportFormat.keys()).isEqualTo("jsonl, ftm, graphml, csv, events-tsv");
    }
}

package org.bilat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilat.model.Document;
import org.junit.jupiter.api.Test;

class CorpusTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    @Test
    void readsEverySampleFileWithItsTextUnchanged() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "sample corpus ../shared/corpus is absent");
        DocumentReader reader = DocumentReader.withMaxSize(DocumentReader.DEFAULT_MAX_BYTES);
        List<Path> files = DocumentReader.expand(List.of(CORPUS));

        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Document doc = reader.read(file);
            if (file.toString().endsWith(".txt")) {
                assertThat(doc.text()).isEqualTo(Files.readString(file));
            }
            assertThat(doc.source()).isEqualTo(file.getFileName().toString());
        }
    }
}

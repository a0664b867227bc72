package org.bilat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bilat.model.BilatException;
import org.bilat.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaReaderTest {
    private final DocumentReader reader = DocumentReader.withMaxSize(DocumentReader.DEFAULT_MAX_BYTES);

    @TempDir
    Path dir;

    @Test
    void readsPdfTextAndProperties() throws Exception {
        Path file = Fixtures.pdf(
                dir.resolve("brief.pdf"), "Grain corridor", "Jan Novak", null, "Kyiv and Ankara signed a deal.");

        Document doc = reader.read(file);

        assertThat(doc.text()).contains("Kyiv and Ankara signed a deal.");
        assertThat(doc.title()).isEqualTo("Grain corridor");
        assertThat(doc.author()).isEqualTo("Jan Novak");
        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.published()).isEqualTo("2021-03-04");
    }

    @Test
    void readsDocxTextAndPropertiesWithParagraphsAsBlocks() throws Exception {
        Path file = Fixtures.docx(
                dir.resolve("memo.docx"), "Port access", "Maria Lopes", "Summary", "Lisbon and Luanda met in May.");

        Document doc = reader.read(file);

        assertThat(doc.text()).isEqualTo("Summary\n\nLisbon and Luanda met in May.");
        assertThat(doc.title()).isEqualTo("Port access");
        assertThat(doc.author()).isEqualTo("Maria Lopes");
        assertThat(doc.mediaType()).contains("wordprocessingml");
    }

    @Test
    void rejectsPasswordProtectedPdf() throws Exception {
        Path file = Fixtures.pdf(dir.resolve("locked.pdf"), "t", "a", "secret", "Hidden text.");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(BilatException.class)
                .hasMessage(file + ": password-protected PDF; remove the password and retry");
    }

    @Test
    void rejectsCorruptPdf() throws Exception {
        Path file =
                Files.write(dir.resolve("broken.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 'x'});

        assertThatThrownBy(() -> reader.read(file))
                .hasMessageStartingWith(file + ": corrupt or unreadable PDF (")
                .hasCauseInstanceOf(Exception.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void rejectsCorruptDocx() throws Exception {
        Path good = Fixtures.docx(dir.resolve("good.docx"), "t", "a", "Some text.");
        byte[] bytes = Files.readAllBytes(good);
        Path file = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> reader.read(file))
                .hasMessageStartingWith(file + ": corrupt or unreadable Word document (");
    }

    @Test
    void rejectsTextRenamedToDocx() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.docx"), "just some plain words\n");

        assertThatThrownBy(() -> reader.read(file))
                .hasMessage(file + ": content is text/plain, not Word document; give the file its proper extension");
    }

    @Test
    void rejectsPdfWithoutText() throws Exception {
        Path file = Fixtures.pdf(dir.resolve("scan.pdf"), "t", "a", null);

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": no text found");
    }

    @Test
    void givesTheSameDocumentsWhenSharedBetweenThreads() throws Exception {
        List<Path> files = List.of(
                Fixtures.pdf(dir.resolve("a.pdf"), "A", "Ann Lee", null, "First paper."),
                Fixtures.docx(dir.resolve("b.docx"), "B", "Bo Kim", "Second paper."),
                Files.writeString(dir.resolve("c.txt"), "Third paper."),
                Files.writeString(dir.resolve("d.html"), "<p>Fourth paper.</p>"));
        List<Document> expected = new ArrayList<>();
        for (Path file : files) {
            expected.add(
                    DocumentReader.withMaxSize(DocumentReader.DEFAULT_MAX_BYTES).read(file));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Document>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Path file = files.get(i % files.size());
                results.add(pool.submit(() -> reader.read(file)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % files.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.bilat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.bilat.model.BilatException;
import org.bilat.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    private final DocumentReader reader = DocumentReader.withMaxSize(DocumentReader.DEFAULT_MAX_BYTES);

    @TempDir
    Path dir;

    @Test
    void keepsPlainTextExactlyAsInTheFile() throws Exception {
        String raw = "\uFEFF  Trade talks\r\n\r\nMinsk and Beijing met.  \n\n\n";
        Path file = write("talks.txt", raw);

        Document doc = reader.read(file);

        assertThat(doc.text()).isEqualTo(raw);
        assertThat(doc.source()).isEqualTo("talks.txt");
        assertThat(doc.path()).isEqualTo(file.toString());
        assertThat(doc.mediaType()).isEqualTo("text/plain");
        assertThat(doc.contentHash()).isEqualTo(sha256(raw));
    }

    @Test
    void takesMarkdownTitleFromFirstHeading() throws Exception {
        Document doc = reader.read(write("note.md", "# Border trade\n\nBy Anna Kowalska\n\nText follows.\n"));

        assertThat(doc.mediaType()).isEqualTo("text/markdown");
        assertThat(doc.title()).isEqualTo("Border trade");
        assertThat(doc.author()).isEqualTo("Anna Kowalska");
    }

    @Test
    void rejectsUnsupportedExtensionWithOneLineError() throws Exception {
        Path file = write("table.xyz", "a,b");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(BilatException.class)
                .hasMessage(file + ": unsupported file type .xyz; supported: .txt, .md, .html, .htm, .pdf, .docx");
    }

    @Test
    void rejectsFileWithoutExtension() throws Exception {
        Path file = write("README", "text");

        assertThatThrownBy(() -> reader.read(file))
                .hasMessageStartingWith(file + ": unsupported file type (no extension)");
    }

    @Test
    void rejectsEmptyFileWithOneLineError() throws Exception {
        Path file = write("empty.txt", "");

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": empty file");
    }

    @Test
    void rejectsFileWithOnlyWhitespace() throws Exception {
        Path file = write("blank.md", " \n\t\n");

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": no text found");
    }

    @Test
    void rejectsTextFileWithNulBytes() throws Exception {
        Path file = dir.resolve("junk.txt");
        Files.write(file, new byte[] {'a', 'b', 0, 'c'});

        assertThatThrownBy(() -> reader.read(file))
                .hasMessage(file + ": binary content (NUL byte at byte 2); not a text file");
    }

    @Test
    void rejectsTextFileFullOfControlCharacters() throws Exception {
        Path file = dir.resolve("junk.txt");
        Files.write(file, new byte[] {'a', 1, 2, 3, 'b', 4, 5, 'c', 'd', 'e'});

        assertThatThrownBy(() -> reader.read(file))
                .hasMessage(file + ": binary content (50% control characters); not a text file");
    }

    @Test
    void rejectsPdfRenamedToTxt() throws Exception {
        Path file = write("report.txt", "%PDF-1.4\nnot really text\n");

        assertThatThrownBy(() -> reader.read(file))
                .hasMessage(file + ": content is application/pdf, not text; give the file its proper extension");
    }

    @Test
    void rejectsInvalidUtf8NamingTheByteOffset() throws Exception {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> reader.read(file))
                .hasMessage(file + ": invalid UTF-8 at byte 3; save the file as UTF-8");
    }

    @Test
    void readsUtf16TextWithAByteOrderMark() throws Exception {
        Path file = dir.resolve("wide.txt");
        Files.write(file, "Minsk and Strelsau signed an accord.".getBytes(StandardCharsets.UTF_16));

        assertThat(reader.read(file).text()).isEqualTo("Minsk and Strelsau signed an accord.");
    }

    @Test
    void readsUtf16TextWithoutAByteOrderMarkInEitherByteOrder() throws Exception {
        Path little = dir.resolve("little.txt");
        Path big = dir.resolve("big.txt");
        Files.write(little, "Borduria \u2013 Syldavia talks".getBytes(StandardCharsets.UTF_16LE));
        Files.write(big, "Borduria \u2013 Syldavia talks".getBytes(StandardCharsets.UTF_16BE));

        assertThat(reader.read(little).text()).isEqualTo("Borduria \u2013 Syldavia talks");
        assertThat(reader.read(big).text()).isEqualTo("Borduria \u2013 Syldavia talks");
    }

    @Test
    void rejectsFileOverTheSizeLimit() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
            big.setLength((long) (61.15 * 1024 * 1024));
        }

        assertThatThrownBy(() -> reader.read(file))
                .hasMessage(file + ": file is 61.2 MB, over the 50 MB limit; use --max-size to raise it");
    }

    @Test
    void acceptsFileUnderARaisedLimitAndRejectsOverALoweredOne() throws Exception {
        Path file = write("small.txt", "x".repeat(2048));

        assertThat(DocumentReader.withMaxSize(4096).read(file).text()).hasSize(2048);
        assertThatThrownBy(() -> DocumentReader.withMaxSize(1024).read(file))
                .hasMessage(file + ": file is 2 KB, over the 1 KB limit; use --max-size to raise it");
    }

    @Test
    void rejectsTextOverTheTextLimitBeforeAnyNlp() throws Exception {
        Path file = write("long.txt", "Ruritania and Borduria met. ".repeat(100));
        Limits twoKb = new Limits(Limits.MB, 2048, Limits.DEFAULT.docTimeout());

        assertThatThrownBy(() -> DocumentReader.withLimits(twoKb).read(file))
                .hasMessage(file + ": 2.8 KB of text is over the 2 KB limit; split it or raise --max-text");
    }

    @Test
    void stopsReadingADocxAtTheTextLimit() throws Exception {
        Path file = Fixtures.docx(
                dir.resolve("long.docx"), "t", "a", "Syldavia and Borduria talked. ".repeat(200), "More text.");
        Limits oneKb = new Limits(Limits.MB, 1024, Limits.DEFAULT.docTimeout());

        assertThatThrownBy(() -> DocumentReader.withLimits(oneKb).read(file))
                .hasMessage(file + ": more than 1 KB of text, over the limit; split it or raise --max-text");
    }

    @Test
    void rejectsNonPositiveSizeLimit() {
        assertThatThrownBy(() -> DocumentReader.withMaxSize(0))
                .hasMessage("--max-size: must be more than 0 bytes, got 0");
    }

    @Test
    void rejectsMissingFile() {
        Path file = dir.resolve("gone.txt");

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": no such file");
    }

    @Test
    void rejectsUnreadableFile() throws Exception {
        Path file = write("secret.txt", "classified");
        boolean locked = file.toFile().setReadable(false, false) && !Files.isReadable(file);
        assumeTrue(locked, "file permissions are not enforced here (running as root?)");

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": cannot read the file (permission denied)");
    }

    @Test
    void rejectsPathThroughAFileWithTheSystemsReason() throws Exception {
        Path file = write("plain.txt", "x").resolve("inner.txt");

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": cannot read the file (Not a directory)");
    }

    @Test
    void rejectsFolderPassedAsFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("papers.txt"));

        assertThatThrownBy(() -> reader.read(folder)).hasMessage(folder + ": is a folder, not a file");
    }

    @Test
    void tellsSupportedFilesByExtension() {
        assertThat(DocumentReader.supported(Path.of("a.TXT"))).isTrue();
        assertThat(DocumentReader.supported(Path.of("dir/b.docx"))).isTrue();
        assertThat(DocumentReader.supported(Path.of("c.doc"))).isFalse();
        assertThat(DocumentReader.supported(Path.of(".txt"))).isFalse();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}

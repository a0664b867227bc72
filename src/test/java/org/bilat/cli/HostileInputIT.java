package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to take a batch down, beside a good one: each fails with one line naming it, before the NLP, and the good
 * one is stored. The files are written by streaming, so the test itself holds little of them.
 */
class HostileInputIT {
    private static final long MB = 1024L * 1024;
    // our own sentences about invented states
    private static final String GOOD = "Ruritania and Borduria signed a trade agreement in Strelsau in May 2021.\n";
    private static final String FILLER = "The ministers of Ruritania and Borduria met again to talk about trade. ";

    @TempDir
    Path dir;

    @Test
    void failsEachHostileFileInOneLineAndStoresTheGoodOne() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path good = Files.writeString(in.resolve("-talks of ünïcode ☃.txt"), GOOD, StandardCharsets.UTF_8);
        Path big = repeat(in.resolve("big report.txt"), FILLER, 30 * MB);
        Path line = repeat(in.resolve("one line.txt"), "Ruritania", 5 * MB);
        Path bomb = docxBomb(in.resolve("bomb ☃.docx"), 1024 * MB);
        Path data = dir.resolve("data");

        Run run = assertTimeoutPreemptively(
                Duration.ofMinutes(3), () -> Run.bilat("ingest", "--data", data.toString(), in.toString()));

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines())
                .containsExactlyInAnyOrder(
                        big + ": 30 MB of text is over the 2 MB limit; split it or raise --max-text",
                        line + ": 5 MB of text is over the 2 MB limit; split it or raise --max-text",
                        bomb
                                + ": a part of the Word document inflates to over 64 MB (a zip bomb?); split it or raise --max-text");
        assertThat(run.outLines()).containsExactly("ingested 1, unchanged 0, failed 3");
        assertThat(Run.bilat("docs", "--data", data.toString()).out())
                .contains(good.getFileName().toString());
    }

    @Test
    void takesTheTextLimitFromTheCommandLine() throws IOException {
        Path file = repeat(dir.resolve("report.txt"), FILLER, 2 * MB);

        Run run = Run.bilat("extract", "--json", "--max-text", "1", file.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines())
                .containsExactly(file + ": 2 MB of text is over the 1 MB limit; split it or raise --max-text");
    }

    @Test
    void rejectsATimeoutOfLessThanOneSecond() {
        Run run = Run.bilat("extract", "--json", "--doc-timeout", "0", "a.txt");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("--doc-timeout: must be at least 1 (s), got 0");
    }

    /** Exactly {@code chars} characters of {@code piece} again and again, without a line break. */
    private static Path repeat(Path file, String piece, long chars) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long left = chars; left > 0; left -= piece.length()) {
                out.write(piece, 0, (int) Math.min(piece.length(), left));
            }
        }
        return file;
    }

    /** A valid .docx whose one paragraph holds {@code bytes} of text: a few MB on disk, far more once inflated. */
    private static Path docxBomb(Path file, long bytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.\
                    wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.openxmlformats.org/\
                    officeDocument/2006/relationships/officeDocument"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer xml = new BufferedWriter(new java.io.OutputStreamWriter(unclosable(zip), StandardCharsets.UTF_8));
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w="
                    + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>");
            for (long written = 0; written < bytes; written += FILLER.length()) {
                xml.write(FILLER);
            }
            xml.write("</w:t></w:r></w:p></w:body></w:document>");
            xml.flush();
            zip.closeEntry();
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static OutputStream unclosable(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {}
        };
    }
}

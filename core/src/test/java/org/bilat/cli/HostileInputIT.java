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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bilat.search.SearchIndex;
import org.bilat.search.SearchQuery;
import org.bilat.store.TestDatabase;
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
    private static final String UTF16_TEXT = "Syldavia opened a consulate in Klow in June 2020, its envoy said.\n";
    private static final String FILLER = "The ministers of Ruritania and Borduria met again to talk about trade. ";

    @TempDir
    Path dir;

    @Test
    void failsEachHostileFileInOneLineAndStoresTheGoodOne() throws IOException {
        Path data = dir.resolve("data");
        failsEachHostileFileInOneLine(List.of("--data", data.toString()));
    }

    /** The same batch into a team's PostgreSQL store: nothing of a failed file reaches the server. */
    @Test
    void failsEachHostileFileInOneLineAndStoresTheGoodOneInAPostgresStore() throws IOException {
        try (TestDatabase database = TestDatabase.create("hostile")) {
            failsEachHostileFileInOneLine(List.of(
                    "--store", database.url(), "--data", dir.resolve("index").toString()));
        }
    }

    private void failsEachHostileFileInOneLine(List<String> storeOptions) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path good = Files.writeString(in.resolve("-talks of ünïcode ☃.txt"), GOOD, StandardCharsets.UTF_8);
        Path big = repeat(in.resolve("big report.txt"), FILLER, 30 * MB);
        Path line = repeat(in.resolve("one line.txt"), "Ruritania", 5 * MB);
        Path bomb = docxBomb(in.resolve("bomb ☃.docx"), 1024 * MB);

        Run run = assertTimeoutPreemptively(
                Duration.ofMinutes(3), () -> Run.bilat(withStore(storeOptions, "ingest", in.toString())));

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines())
                .containsExactlyInAnyOrder(
                        big + ": 30 MB of text is over the 2 MB limit; split it or raise --max-text",
                        line + ": 5 MB of text is over the 2 MB limit; split it or raise --max-text",
                        bomb
                                + ": a part of the Word document inflates to over 64 MB (a zip bomb?); split it or raise --max-text");
        assertThat(run.outLines()).containsExactly("ingested 1, unchanged 0, failed 3");
        Run docs = Run.bilat(withStore(storeOptions, "docs"));
        assertThat(docs.out()).contains(good.getFileName().toString());
    }

    private static String[] withStore(List<String> storeOptions, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(storeOptions);
        return all.toArray(String[]::new);
    }

    /**
     * The rest of the hostile files, in a JVM with the launcher's heap whose garbage collector logs every pause: the
     * batch ends within its time, names each file it could not take or passed over, stores the good ones, and its heap
     * never came near the limit.
     */
    @Test
    void takesEveryOtherHostileFileInTheLaunchersHeap() throws IOException, InterruptedException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path good = Files.writeString(in.resolve("it's a \"good\" -- one.txt"), GOOD, StandardCharsets.UTF_8);
        Path utf16 = Files.writeString(in.resolve("notes utf16.txt"), UTF16_TEXT, StandardCharsets.UTF_16LE);
        Path pdf = longPdf(in.resolve("minutes of 2000 pages.pdf"), 2000);
        Path nested = nestedHtml(in.resolve("nested.html"), 100_000);
        Path loop = Files.createSymbolicLink(in.resolve("loop"), in);
        Path data = dir.resolve("data");
        Path gcLog = dir.resolve("gc.log");

        long start = System.nanoTime();
        Process run = ChildBilat.start(
                List.of("-Xlog:gc:file=" + gcLog),
                dir.resolve("out.txt"),
                dir.resolve("err.txt"),
                "ingest",
                "--data",
                data.toString(),
                "--doc-timeout",
                "30",
                in.toString());
        boolean ended = run.waitFor(4, TimeUnit.MINUTES);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!ended) {
            run.destroyForcibly();
        }

        List<String> err = Files.readAllLines(dir.resolve("err.txt"));
        long peak = peakHeapMegabytes(gcLog);
        System.out.printf(
                "hostile batch: %d s, heap held after a collection at most %d MB of 3072 MB, stderr %s%n",
                took.toSeconds(), peak, err);
        assertThat(ended).as("ended within 4 minutes").isTrue();
        assertThat(run.exitValue()).isEqualTo(1);
        assertThat(err)
                .contains(
                        loop + ": skipped, a link to a folder (links to folders are not followed)",
                        pdf + ": extraction took longer than 30 s; raise --doc-timeout or split the file");
        assertThat(Files.readAllLines(dir.resolve("out.txt")))
                .containsExactly("ingested 3, unchanged 0, failed 1, skipped 1");
        assertThat(peak).as("heap still held after a collection").isLessThan(3072);
        String docs = Run.bilat("docs", "--data", data.toString()).out();
        assertThat(docs)
                .contains(
                        good.getFileName().toString(),
                        utf16.getFileName().toString(),
                        nested.getFileName().toString());
        try (SearchIndex index = SearchIndex.open(data)) {
            assertThat(index.search(SearchQuery.of("Strelsau")).total()).isGreaterThanOrEqualTo(2);
            assertThat(index.search(SearchQuery.of("Klow")).total()).isPositive();
        }
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

    /** A PDF of {@code pages} pages, each of twenty lines of our own text: about 1.4 MB of text in all. */
    private static Path longPdf(Path file, int pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                    text.beginText();
                    text.setFont(font, 8);
                    text.newLineAtOffset(40, 760);
                    for (int line = 0; line < 20; line++) {
                        text.showText("Item " + (p * 20 + line) + ". " + FILLER.substring(0, 28));
                        text.newLineAtOffset(0, -18);
                    }
                    text.endText();
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    /** A page whose one sentence sits inside {@code depth} nested elements. */
    private static Path nestedHtml(Path file, int depth) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<html><head><title>Nested</title></head><body>");
            for (int i = 0; i < depth; i++) {
                out.write("<div>");
            }
            out.write(GOOD);
            for (int i = 0; i < depth; i++) {
                out.write("</div>");
            }
            out.write("</body></html>");
        }
        return file;
    }

    /**
     * The most heap the JVM still held after a collection, from {@code -Xlog:gc} lines "1200M->800M(3072M)": an upper
     * bound on what the work kept alive (a young collection leaves the old generation's garbage), and the heap a
     * collection that cannot free enough runs out of.
     */
    private static long peakHeapMegabytes(Path gcLog) throws IOException {
        Matcher used = Pattern.compile("\\d+M->(\\d+)M\\(").matcher(Files.readString(gcLog));
        long peak = 0;
        while (used.find()) {
            peak = Math.max(peak, Long.parseLong(used.group(1)));
        }
        return peak;
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

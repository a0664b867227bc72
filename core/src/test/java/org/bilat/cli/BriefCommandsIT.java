package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.bilat.model.Extraction;
import org.bilat.model.Mention;
import org.bilat.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brief and digest over a knowledge base of one hand-built extraction (no models): outputs and bad input. */
class BriefCommandsIT {
    private static final String TEXT = "Syldavia and Borduria signed a customs accord in Klow on 3 March 2019.";

    @TempDir
    Path dir;

    private String data = "";

    @BeforeEach
    void fillTheKnowledgeBase() {
        data = dir.resolve("data").toString();
        try (Store store = Store.open(Path.of(data))) {
            store.save(extraction());
        }
    }

    private static Extraction extraction() {
        List<Entity> entities = List.of(entity("syldavia", "Syldavia"), entity("borduria", "Borduria"));
        int at = TEXT.indexOf("signed");
        Evidence evidence = Evidence.of(TEXT, at, TEXT.indexOf(" in Klow"));
        Event event = new Event(
                EventType.AGREE,
                "05",
                "2019-03-03",
                List.of("syldavia", "borduria"),
                null,
                List.of(evidence),
                "customs accord signed");
        Document document = new Document(
                "accord.txt",
                "/in/accord.txt",
                Document.hashOf(TEXT),
                "text/plain",
                TEXT,
                "The accord",
                null,
                "Klow Times",
                "2019-03-04",
                null);
        return new Extraction(document, entities, List.of(event), List.of(), List.of(), List.of());
    }

    private static Entity entity(String id, String name) {
        int at = TEXT.indexOf(name);
        return new Entity(
                id,
                name,
                EntityType.GPE,
                List.of(name),
                List.of(new Mention(at, at + name.length(), name, EntityType.GPE)));
    }

    @Test
    void briefPrintsCitedMarkdownForAPair() {
        Run run = Run.bilat("brief", "--data", data, "--pair", "Syldavia", "Borduria");

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).first().isEqualTo("# Brief: Syldavia and Borduria, all years");
        assertThat(run.out())
                .contains("- **2019-03-03** — AGREE: customs accord signed \\[1\\]")
                .contains("1. “signed a customs accord” — The accord, Klow Times, 2019-03-04, file accord.txt");
    }

    @Test
    void briefAndDigestAsOfADayBeforeTheIngestFindNothingAndSaySo() {
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        Run brief = Run.bilat("brief", "--data", data, "--pair", "Syldavia", "Borduria", "--as-of", yesterday);
        Run digest = Run.bilat("digest", "--data", data, "--since", yesterday, "--as-of", yesterday);
        Run now = Run.bilat("brief", "--data", data, "--pair", "Syldavia", "Borduria", "--as-of", today);
        Run bare = Run.bilat("digest", "--data", data, "--since", today, "--as-of-published");

        assertThat(brief.code()).isEqualTo(1);
        assertThat(brief.err()).contains("brief: no stored event or figure for Syldavia and Borduria");
        assertThat(digest.code()).isEqualTo(1);
        assertThat(digest.err()).contains("digest: no document was ingested");
        assertThat(now.code()).isZero();
        assertThat(now.outLines()).first().isEqualTo("# Brief: Syldavia and Borduria, all years, as known on " + today);
        assertThat(bare.code()).isEqualTo(2);
        assertThat(bare.err()).contains("--as-of-published: give the date with --as-of DATE");
    }

    @Test
    void pdfGoesToTheFileNamedAndTheCommandSaysWhere() throws IOException {
        Path pdf = dir.resolve("brief.pdf");

        Run run =
                Run.bilat("brief", "--data", data, "--entity", "Syldavia", "--format", "pdf", "--out", pdf.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("wrote " + pdf + " (");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void digestWritesHtmlOfWhatEnteredToday() throws IOException {
        Path html = dir.resolve("digest.html");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        Run run = Run.bilat("digest", "--data", data, "--since", today, "--format", "html", "--out", html.toString());

        assertThat(run.code()).isZero();
        assertThat(Files.readString(html))
                .contains("<h1>Digest: " + today + " to " + today + "</h1>")
                .contains("<td>AGREE</td>");
    }

    @Test
    void unknownFormatAndBadDatesAreUsageErrors() {
        Run format = Run.bilat("brief", "--data", data, "--format", "docx");
        Run date = Run.bilat("digest", "--data", data, "--since", "yesterday");

        assertThat(format.code()).isEqualTo(2);
        assertThat(format.errLines()).first().isEqualTo("format: unknown value 'docx'; use md, html or pdf");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.errLines())
                .first()
                .isEqualTo("--since: 'yesterday' is not a date; give YYYY-MM-DD, e.g. 2024-01-01");
    }

    @Test
    void unknownEntityEmptyScopeAndEmptyPeriodFailWithOneLineAndNoFile() {
        Path out = dir.resolve("none.pdf");

        Run entity =
                Run.bilat("brief", "--data", data, "--entity", "Atlantis", "--format", "pdf", "--out", out.toString());
        Run years = Run.bilat("brief", "--data", data, "--from", "1990", "--to", "1991");
        Run period = Run.bilat("digest", "--data", data, "--since", "2001-01-01", "--until", "2001-12-31");

        assertThat(entity.code()).isEqualTo(1);
        assertThat(entity.err()).isEqualTo("error: Atlantis: no such entity\n");
        assertThat(out).doesNotExist();
        assertThat(years.code()).isEqualTo(1);
        assertThat(years.err())
                .isEqualTo("error: brief: no stored event or figure for All stored documents,"
                        + " 1990–1991; widen the years or name other entities\n");
        assertThat(period.code()).isEqualTo(1);
        assertThat(period.err())
                .isEqualTo("error: digest: no document was ingested from 2001-01-01 to 2001-12-31;"
                        + " pick a period that includes an ingest (bilat docs lists the documents)\n");
        assertThat(years.out()).isEmpty();
    }
}

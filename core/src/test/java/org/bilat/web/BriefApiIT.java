package org.bilat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Briefs and digests of the demo dossier in every format, through the API; the PDFs are read back with PDFBox and
 * kept in the build folder's {@code briefs} for a look.
 */
class BriefApiIT {
    @RegisterExtension
    static final DemoServer DEMO = DemoServer.perClass();

    @Test
    void briefOfThePairComesAsMarkdownHtmlAndPdf() throws Exception {
        String query = "/api/brief?pair=Belarus&pair=China&format=";

        HttpResponse<byte[]> md = get(query + "md");
        HttpResponse<byte[]> html = get(query + "html");
        HttpResponse<byte[]> pdf = get(query + "pdf");

        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"bilat-brief.md\"");
        String markdown = text(md);
        assertThat(markdown)
                .startsWith("# Brief: Belarus and China, all years")
                .contains("## Chronology")
                .contains("## Key figures")
                .contains("## Agreements")
                .contains("## Notes\n\n1. “");
        assertThat(html.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(text(html))
                .contains("<h1>Brief: Belarus and China, all years</h1>")
                .contains("<table>");
        String pdfText = pdfText(pdf, "brief-belarus-china.pdf");
        assertThat(pdfText)
                .contains("Brief: Belarus and China, all years")
                .contains("Chronology")
                .contains("Notes");
    }

    @Test
    void digestSinceADayBeforeTheIngestComesInEveryFormat() throws Exception {
        String query = "/api/digest?since=2024-01-01&format=";

        String markdown = text(get(query + "md"));
        String html = text(get(query + "html"));
        String pdfText = pdfText(get(query + "pdf"), "digest-since-2024-01-01.pdf");

        assertThat(markdown)
                .contains("## Documents ingested")
                .contains("10 documents entered the store")
                .contains("## New events by type")
                .contains("## Trend by area")
                .containsPattern("\\*\\*economy and finance\\*\\*: \\d+ dated in the period, (more than|fewer than|as"
                        + " many as) the \\d+ of the period before");
        assertThat(html).contains("<h2>New figures and changes to figure series</h2>");
        assertThat(pdfText).contains("Digest: 2024-01-01 to").contains("Trend by area");
    }

    @Test
    void badScopeAndEmptyPeriodAreOneLineErrors() throws Exception {
        HttpResponse<byte[]> entity = get("/api/brief?entity=Atlantis");
        HttpResponse<byte[]> format = get("/api/brief?format=docx");
        HttpResponse<byte[]> period = get("/api/digest?since=2001-01-01&until=2001-01-31");

        assertThat(entity.statusCode()).isEqualTo(404);
        assertThat(text(entity)).contains("\"error\":\"Atlantis: no such entity\"");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(text(format)).contains("format: unknown value 'docx'; use md, html or pdf");
        assertThat(period.statusCode()).isEqualTo(400);
        assertThat(text(period)).contains("digest: no document was ingested from 2001-01-01 to 2001-01-31");
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return DEMO.bytes(path);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String pdfText(HttpResponse<byte[]> response, String keep) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        Path folder = Files.createDirectories(Path.of(System.getProperty("bilat.briefs", "target/briefs")));
        Files.write(folder.resolve(keep), response.body());
        try (PDDocument document = Loader.loadPDF(response.body())) {
            assertThat(document.getNumberOfPages()).isPositive();
            return new PDFTextStripper().getText(document);
        }
    }
}

package org.bilat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bilat.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {
    private final DocumentReader reader = DocumentReader.withMaxSize(DocumentReader.DEFAULT_MAX_BYTES);

    @TempDir
    Path dir;

    @Test
    void keepsVisibleTextOneBlockPerParagraphAndDropsPageFurniture() throws Exception {
        Document doc = read("page.html", """
                <html><head><title>T</title><style>p { color: red }</style></head><body>
                <header><a href="/">Home</a> | <a href="/about">About</a></header>
                <nav><ul><li>Menu</li></ul></nav>
                <article><h1>Rail   deal</h1><p>Astana and <b>Tashkent</b> agreed.<br>Work starts soon.</p>
                <ul><li>one</li><li>two</li></ul></article>
                <script>var x = 1;</script>
                <footer>Copyright</footer>
                </body></html>""");

        assertThat(doc.text()).isEqualTo("Rail deal\n\nAstana and Tashkent agreed.\n\nWork starts soon.\n\none\n\ntwo");
        assertThat(doc.mediaType()).isEqualTo("text/html");
    }

    @Test
    void keepsHeaderInsideTheArticle() throws Exception {
        Document doc = read("a.htm", "<article><header><h1>Headline</h1></header><p>Body.</p></article>");

        assertThat(doc.text()).isEqualTo("Headline\n\nBody.");
    }

    @Test
    void readsTitleAuthorPublisherAndDateFromMetaTags() throws Exception {
        Document doc = read("meta.html", """
                <html><head><title>Gas pipeline | Daily Wire</title>
                <meta property="og:title" content="Gas pipeline">
                <meta name="author" content="Leila Haddad">
                <meta property="og:site_name" content="Daily Wire">
                <meta property="article:published_time" content="2019-06-30T08:15:00+02:00">
                </head><body><p>Text.</p></body></html>""");

        assertThat(doc.title()).isEqualTo("Gas pipeline");
        assertThat(doc.author()).isEqualTo("Leila Haddad");
        assertThat(doc.publisher()).isEqualTo("Daily Wire");
        assertThat(doc.published()).isEqualTo("2019-06-30");
    }

    @Test
    void fallsBackToTitleTagH1AndTimeElement() throws Exception {
        Document withTitle = read("t.html", "<title>Port visit</title><h1>Other</h1><p>x</p>");
        Document withH1 = read("h.html", "<h1>Naval drill</h1><time datetime=\"2020-02-03\">3 Feb</time><p>x</p>");

        assertThat(withTitle.title()).isEqualTo("Port visit");
        assertThat(withH1.title()).isEqualTo("Naval drill");
        assertThat(withH1.published()).isEqualTo("2020-02-03");
    }

    @Test
    void ignoresAuthorGivenAsLinkAndTakesBylineFromText() throws Exception {
        Document doc = read(
                "l.html",
                "<meta property=\"article:author\" content=\"https://example.org/people/x\"><p>By Omar Aziz</p><p>Text</p>");

        assertThat(doc.author()).isEqualTo("Omar Aziz");
    }

    @Test
    void honoursDeclaredCharset() throws Exception {
        Path file = dir.resolve("latin.html");
        Files.write(
                file,
                "<meta charset=\"iso-8859-1\"><p>Caf\u00e9 talks</p>"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(reader.read(file).text()).isEqualTo("Caf\u00e9 talks");
    }

    private Document read(String name, String html) throws Exception {
        return reader.read(Files.writeString(dir.resolve(name), html));
    }
}

package org.bilat.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Reads .html and .htm files with jsoup: the visible text, one block per paragraph, without page furniture. */
final class HtmlReader implements FormatReader {
    /** Invisible parts and page furniture; not form, as some sites wrap the whole page in one. */
    private static final String NOISE = "script, style, noscript, template, svg, iframe, object, canvas, button,"
            + " nav, aside, [hidden], [aria-hidden=true], [role=navigation]";

    @Override
    public Extracted read(Path file, byte[] bytes) {
        Document doc = parse(bytes);
        Citation citation = HtmlMetadata.from(doc);
        doc.select(NOISE).remove();
        removeSiteHeaderAndFooter(doc);
        return new Extracted(Format.HTML.mediaType(), visibleText(doc.body()), citation);
    }

    /** The site's header and footer go; an article's own header stays, as it holds the headline and byline. */
    private static void removeSiteHeaderAndFooter(Document doc) {
        for (Element furniture : doc.select("header, footer")) {
            if (furniture.closest("article, main") == null) {
                furniture.remove();
            }
        }
    }

    /** jsoup finds the charset from a byte-order mark or a meta tag and falls back to UTF-8. */
    private static Document parse(byte[] bytes) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory cannot fail
        }
    }

    /** Blank lines between blocks, so that sentence splitting never runs a heading into the next paragraph. */
    static String visibleText(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new BlockText(out));
        return out.toString()
                .lines()
                .map(line -> line.replaceAll("[ \\t\\u00A0]+", " ").strip())
                .filter(tidy -> !tidy.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }

    private static final class BlockText implements NodeVisitor {
        private final StringBuilder out;

        BlockText(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                out.append(inPre(t) ? t.getWholeText() : t.text());
            } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                out.append('\n');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
                out.append('\n');
            }
        }

        private static boolean inPre(TextNode t) {
            Element parent = t.parent();
            return parent != null && parent.closest("pre") != null;
        }
    }
}

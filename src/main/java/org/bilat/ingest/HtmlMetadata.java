package org.bilat.ingest;

import java.util.Arrays;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Reads a page's own metadata: Open Graph, article and Dublin Core meta tags, the title and {@code <time>}. */
final class HtmlMetadata {
    private static final String TITLE = "meta[property=og:title], meta[name=twitter:title], meta[name=dc.title i]";
    private static final String AUTHOR = "meta[name=author], meta[property=article:author], meta[name=dc.creator i],"
            + " meta[name=citation_author], meta[name=byl]";
    private static final String PUBLISHER = "meta[property=og:site_name], meta[name=publisher],"
            + " meta[property=article:publisher], meta[name=dc.publisher i], meta[name=citation_publisher]";
    private static final String DATE = "meta[property=article:published_time], meta[name=date],"
            + " meta[name=dc.date i], meta[name=dc.date.issued i], meta[name=dcterms.created i],"
            + " meta[name=citation_publication_date], meta[name=pubdate], meta[itemprop=datePublished]";

    private HtmlMetadata() {}

    static Citation from(Document doc) {
        String title = first(doc, TITLE);
        if (title == null) {
            title = doc.title().isBlank() ? text(doc.selectFirst("h1")) : doc.title();
        }
        return new Citation(title, first(doc, AUTHOR), first(doc, PUBLISHER), published(doc));
    }

    private static @Nullable String published(Document doc) {
        String meta = first(doc, DATE);
        if (meta == null) {
            Element time = doc.selectFirst("time[datetime]");
            meta = time == null ? null : time.attr("datetime");
        }
        return meta == null ? null : DateNormalizer.normalize(meta).orElse(null);
    }

    /** The first non-empty content, in the order of {@code query}; links (article:author often is one) do not count. */
    private static @Nullable String first(Document doc, String query) {
        Optional<String> value = Arrays.stream(query.split(","))
                .flatMap(q -> doc.select(q).stream())
                .map(e -> e.attr("content").strip())
                .filter(s -> !s.isEmpty() && !s.startsWith("http://") && !s.startsWith("https://"))
                .findFirst();
        return value.orElse(null);
    }

    private static @Nullable String text(@Nullable Element element) {
        return element == null ? null : element.text();
    }
}

package org.bilat.ingest;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    private HtmlMetadata() {}

    static Citation from(Document doc) {
        String title = first(doc, TITLE);
        if (title == null) {
            title = doc.title().isBlank() ? text(doc.selectFirst("h1")) : doc.title();
        }
        return Citation.of(title, first(doc, AUTHOR), first(doc, PUBLISHER), published(doc));
    }

    /** A meta tag first, then JSON-LD's datePublished, then the first {@code <time datetime>}. */
    private static @Nullable PublishedDate published(Document doc) {
        Optional<String> meta = Optional.ofNullable(first(doc, DATE)).flatMap(DateNormalizer::normalize);
        if (meta.isPresent()) {
            return new PublishedDate(meta.get(), "html meta");
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            Optional<String> date = m.find() ? DateNormalizer.normalize(m.group(1)) : Optional.empty();
            if (date.isPresent()) {
                return new PublishedDate(date.get(), "json-ld datePublished");
            }
        }
        Element time = doc.selectFirst("time[datetime]");
        Optional<String> date = time == null ? Optional.empty() : DateNormalizer.normalize(time.attr("datetime"));
        return date.map(d -> new PublishedDate(d, "html <time>")).orElse(null);
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

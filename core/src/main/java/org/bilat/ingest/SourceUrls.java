package org.bilat.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The date in the path of a document's own address, given on a line of its own or after a label ("Source:
 * https://example.org/news/2019/03/05/talks"): news sites file stories by year, month and day.
 */
final class SourceUrls {
    private static final Pattern OWN_URL = Pattern.compile(
            "^(?:(?:source|url|link|canonical|original|retrieved from)\\s*:?\\s*)?(https?://\\S+)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern PATH_DATE =
            Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})(?:[/-](\\d{1,2}))?(?=[/-]|$)");

    private SourceUrls() {}

    static @Nullable PublishedDate date(String text) {
        Matcher url = OWN_URL.matcher(text);
        while (url.find()) {
            Optional<String> date = pathDate(url.group(1));
            if (date.isPresent()) {
                return new PublishedDate(date.get(), "source URL");
            }
        }
        return null;
    }

    /** "/2019/03/05/" as 2019-03-05, "/2019/03/" as 2019-03; nothing when no date is in the path. */
    static Optional<String> pathDate(String url) {
        Matcher m = PATH_DATE.matcher(url.replaceFirst("[?#].*$", ""));
        if (!m.find()) {
            return Optional.empty();
        }
        String date = m.group(1) + "-" + pad(m.group(2)) + (m.group(3) == null ? "" : "-" + pad(m.group(3)));
        return DateNormalizer.normalize(date);
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}

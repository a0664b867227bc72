package org.bilat.pipeline;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilat.model.Document;
import org.jspecify.annotations.Nullable;

/**
 * The date relative times of a document ("two years ago", "last June") count from: its publication date, or, when the
 * document states none, the latest year its text names (an analysis is written after the last year it discusses).
 */
final class TimeAnchor {
    private static final Pattern YEAR =
            Pattern.compile("(?<![\\p{L}\\p{N}-])(1[89]\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}-])");

    private TimeAnchor() {}

    static @Nullable String of(Document document) {
        if (document.published() != null) {
            return document.published();
        }
        int now = Year.now(ZoneOffset.UTC).getValue();
        int latest = 0;
        Matcher years = YEAR.matcher(document.text());
        while (years.find()) {
            int year = Integer.parseInt(years.group(1));
            if (year <= now && year > latest) {
                latest = year;
            }
        }
        return latest == 0 ? null : Integer.toString(latest);
    }
}

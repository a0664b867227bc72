package org.bilat.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A news dateline that gives a day and month but no year ("MINSK, May 10 (Reuters) –", "BISHKEK, Kyrgyzstan, December
 * 21."): the year comes from a bare year in the head, else from the latest year the text names that is not a target.
 */
final class Datelines {
    /** The place of a dateline: words in capitals, perhaps followed by a country or region in title case. */
    private static final Pattern PLACE = Pattern.compile(
            "^(?:date\\s+\\S+\\s+)?\\p{Lu}{2,}[\\p{Lu}.'’ -]*(?:,\\s*\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2})?[,.]?\\s+$");

    private static final Pattern HEAD_YEAR = Pattern.compile("^(?:©\\s*)?((?:19|20)\\d{2})$");
    /** A year named as a target or deadline ("by 2030", "until 2025") says nothing about when the text was written. */
    private static final Pattern YEAR = Pattern.compile(
            "(?<!\\b(?:by|until|till|through|before|to)\\s)(?<![\\p{L}\\p{N}-])((?:19|20)\\d{2})(?![\\p{L}\\p{N}-])",
            Pattern.CASE_INSENSITIVE);

    private Datelines() {}

    static @Nullable PublishedDate yearless(List<String> head, String text) {
        for (String line : head) {
            Optional<DateNormalizer.Found> day = DateNormalizer.dayWithoutYear(line, 0, 2000);
            if (day.isPresent()
                    && PLACE.matcher(line.substring(0, day.get().start())).matches()) {
                return dated(line, head, text);
            }
        }
        return null;
    }

    private static @Nullable PublishedDate dated(String line, List<String> head, String text) {
        Optional<Integer> headYear = head.stream()
                .map(HEAD_YEAR::matcher)
                .filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1)))
                .findFirst();
        String source = headYear.isPresent() ? "dateline, year from the head" : "dateline, year from the text";
        int year = headYear.orElseGet(() -> latestYear(text));
        if (year == 0) {
            return null;
        }
        Optional<DateNormalizer.Found> day = DateNormalizer.dayWithoutYear(line, 0, year);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (day.isPresent() && LocalDate.parse(day.get().iso()).isAfter(today)) {
            day = DateNormalizer.dayWithoutYear(line, 0, year - 1);
        }
        return day.map(d -> new PublishedDate(d.iso(), source)).orElse(null);
    }

    /** The latest year up to the present the text names, not counting targets; 0 when it names none. */
    static int latestYear(String text) {
        int now = LocalDate.now(ZoneOffset.UTC).getYear();
        int latest = 0;
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year <= now && year > latest) {
                latest = year;
            }
        }
        return latest;
    }
}

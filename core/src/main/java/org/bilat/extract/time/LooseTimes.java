package org.bilat.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of a year the text names loosely, as the schema writes it: "the end of 2009" is 2009-10/2009-12, "the start
 * of 2009" 2009-01/2009-03, "mid-2009" 2009-05/2009-08, seasons by their months ("spring 2019" 2019-03/2019-05),
 * halves, quarters and the first months of a year by their months.
 */
final class LooseTimes {
    private static final Pattern END = Pattern.compile("\\b(?:end|close)\\s+of\\s+(?:the\\s+year\\s+)?$");
    private static final Pattern START =
            Pattern.compile("\\b(?:start|beginning|outset)\\s+of\\s+(?:the\\s+year\\s+)?$");
    private static final Pattern MID = Pattern.compile("\\b(?:mid|middle\\s+of)[\\s-]*$");
    private static final Pattern EARLY = Pattern.compile("\\bearly[\\s-]*$");
    private static final Pattern LATE = Pattern.compile("\\blate[\\s-]*$");
    private static final Pattern HALF = Pattern.compile("\\b(first|second)\\s+half\\s+of\\s+$");
    private static final Pattern QUARTER = Pattern.compile("\\b(first|second|third|fourth)\\s+quarter\\s+of\\s+$");
    private static final Pattern FIRST_MONTHS = Pattern.compile("\\bfirst\\s+(\\w+)\\s+months\\s+of\\s+$");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
    private static final List<String> COUNTS =
            List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven");

    private LooseTimes() {}

    /** {@code year} narrowed by the words written before it ({@code before}, any case); the year itself otherwise. */
    static String of(String year, String before) {
        String words = before.toLowerCase(Locale.ROOT).replaceAll("\\bthe\\s+", "");
        if (END.matcher(words).find()) {
            return year + "-10/" + year + "-12";
        }
        if (START.matcher(words).find()) {
            return year + "-01/" + year + "-03";
        }
        if (MID.matcher(words).find()) {
            return year + "-05/" + year + "-08";
        }
        return thirds(year, words).orElseGet(() -> parts(year, words).orElseGet(() -> season(year, words)));
    }

    /** "early 2024" and "late 2019" are the first and the last third of the year, as "mid-2009" is its middle one. */
    private static Optional<String> thirds(String year, String words) {
        if (EARLY.matcher(words).find()) {
            return Optional.of(year + "-01/" + year + "-04");
        }
        if (LATE.matcher(words).find()) {
            return Optional.of(year + "-09/" + year + "-12");
        }
        return Optional.empty();
    }

    /** "the first half of 2021", "the third quarter of 2021", "the first seven months of 2024". */
    private static Optional<String> parts(String year, String words) {
        Matcher half = HALF.matcher(words);
        if (half.find()) {
            return Optional.of(months(year, half.group(1).equals("first") ? 1 : 7, 6));
        }
        Matcher quarter = QUARTER.matcher(words);
        if (quarter.find()) {
            return Optional.of(months(year, ORDINALS.indexOf(quarter.group(1)) * 3 + 1, 3));
        }
        Matcher first = FIRST_MONTHS.matcher(words);
        if (first.find()) {
            int count = first.group(1).matches("\\d+")
                    ? Integer.parseInt(first.group(1))
                    : COUNTS.indexOf(first.group(1)) + 2;
            return count >= 2 && count <= 11 ? Optional.of(months(year, 1, count)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static String months(String year, int first, int count) {
        return String.format(Locale.ROOT, "%s-%02d/%s-%02d", year, first, year, first + count - 1);
    }

    private static String season(String year, String words) {
        String last = words.strip().replaceAll("^.*\\s", "").replaceAll("\\W", "");
        return switch (last) {
            case "spring" -> year + "-03/" + year + "-05";
            case "summer" -> year + "-06/" + year + "-08";
            case "autumn", "fall" -> year + "-09/" + year + "-11";
            default -> year;
        };
    }
}

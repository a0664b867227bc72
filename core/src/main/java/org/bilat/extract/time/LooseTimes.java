package org.bilat.extract.time;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A part of a year the text names loosely, as the schema writes it: "the end of 2009" is 2009-10/2009-12, "the start
 * of 2009" 2009-01/2009-03, "mid-2009" 2009-05/2009-08, seasons by their months ("spring 2019" 2019-03/2019-05).
 */
final class LooseTimes {
    private static final Pattern END = Pattern.compile("\\b(?:end|close)\\s+of\\s+(?:the\\s+year\\s+)?$");
    private static final Pattern START =
            Pattern.compile("\\b(?:start|beginning|outset)\\s+of\\s+(?:the\\s+year\\s+)?$");
    private static final Pattern MID = Pattern.compile("\\b(?:mid|middle\\s+of)[\\s-]*$");

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
        return season(year, words);
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

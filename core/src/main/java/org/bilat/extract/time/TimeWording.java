package org.bilat.extract.time;

import java.util.Locale;
import java.util.regex.Pattern;
import org.bilat.nlp.TimeMention;

/** What the words of a time expression alone tell of it: whether it counts back, names its year, names a day. */
final class TimeWording {
    private static final Pattern CENTURY = Pattern.compile("(?i)\\bcentur(?:y|ies)\\b");

    private TimeWording() {}

    /** "32 years ago", "a year earlier", "two months later": counted from the document's date in years or months. */
    static boolean isCountedBack(TimeMention time) {
        String words = time.text().toLowerCase(Locale.ROOT);
        return words.matches("(?s).*\\b(years?|decades?|months?) (ago|earlier|later|before|after)\\b.*")
                && !words.matches("(?s).*\\b(in|on) [a-z]+.*");
    }

    /** "on November 4", "Aug 10": a day the text names, which holds even when it is the report's own day. */
    static boolean namesCalendarDay(TimeMention time) {
        return time.text().matches("(?s).*\\d.*");
    }

    static boolean namesItsYear(TimeMention time) {
        return time.text().matches("(?s).*\\b\\d{4}\\b.*") || time.text().matches("(?s).*\\d{4}s\\b.*");
    }

    /** "two years ago", "last June", "next year": SUTime counts these from the document's date. */
    static boolean isRelative(TimeMention time) {
        return time.text().toLowerCase(Locale.ROOT).matches("(?s).*\\b(ago|last|next|previous|this|coming|past)\\b.*");
    }

    /**
     * "the 20th and 21st centuries", "the turn of the century": a century is no event's date, and SUTime's value for
     * ordinal centuries is no year (it reads "and 21st centuries" as 4024).
     */
    static boolean namesCentury(TimeMention time) {
        return CENTURY.matcher(time.text()).find();
    }

    static boolean isDash(String word) {
        return word.equals("-") || word.equals("–") || word.equals("—") || word.equals("--");
    }
}

package org.bilat.extract.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilat.nlp.TimeMention;

/**
 * Two years joined by a dash in one word ("in 2012-2013", "2017-18"), which SUTime reads as a duration of a year: the
 * span from the first year to the second.
 */
final class YearRanges {
    private static final Pattern RANGE =
            Pattern.compile("((?:1[89]|20)\\d\\d)\\s*[-–—]\\s*(\\d\\d|(?:1[89]|20)\\d\\d)");

    private YearRanges() {}

    /** The span a duration written as two years names; empty for any other duration ("for two years"). */
    static Optional<DatedSpan> of(TimeMention duration) {
        Matcher range = RANGE.matcher(duration.text().strip());
        if (!range.matches()) {
            return Optional.empty();
        }
        String first = range.group(1);
        String second = range.group(2).length() == 2 ? first.substring(0, 2) + range.group(2) : range.group(2);
        if (first.compareTo(second) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new DatedSpan(duration.first(), duration.last(), first + "/" + second));
    }
}

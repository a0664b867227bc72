package org.bilat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.TimeMention;
import org.bilat.nlp.Token;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void keepsThePrecisionTheTextGives() {
        assertThat(dateOf("In 2016 it began .", "2016", 1, 1)).isEqualTo("2016");
        assertThat(dateOf("In September 2016 it began .", "2016-09", 1, 2)).isEqualTo("2016-09");
        assertThat(dateOf("On 28 September 2016 it began .", "2016-09-28", 1, 3))
                .isEqualTo("2016-09-28");
    }

    @Test
    void readsADecadeAndItsEarlyPart() {
        assertThat(dateOf("In the 2010s it grew .", "201X", 1, 2)).isEqualTo("2010/2019");
        assertThat(dateOf("In the early 2010s it grew .", "201X", 3, 3)).isEqualTo("2010/2013");
        assertThat(dateOf("By the late 1990s it grew .", "199X", 3, 3)).isEqualTo("1997/1999");
    }

    @Test
    void givesAYearlessMonthTheYearLastNamed() {
        Dates dates = dates(
                "In 2019 talks began . In July troops arrived .",
                null,
                new TimeMention(1, 1, "2019", "2019", "DATE"),
                new TimeMention(5, 5, "July", "XXXX-07", "DATE"));
        assertThat(dates.spans()).extracting(DatedSpan::date).containsExactly("2019", "2019-07");
    }

    @Test
    void joinsBetweenAndFromToAndDayRangesIntoSpans() {
        assertThat(dates("between 2015 and 2020", null, year(1, "2015"), year(3, "2020"))
                        .spans())
                .extracting(DatedSpan::date)
                .containsExactly("2015/2020");
        assertThat(dates("from 2019 to 2022", null, year(1, "2019"), year(3, "2022"))
                        .spans())
                .extracting(DatedSpan::date)
                .containsExactly("2019/2022");
        assertThat(dateOf("on July 11 – 18 .", "2017-07-11", 1, 2)).isEqualTo("2017-07-11/2017-07-18");
    }

    @Test
    void keepsOnlyTheYearOfATimeCountedInYearsFromTheDocumentDate() {
        assertThat(dateOf("up from a year earlier .", "2021-03-14", 2, 4)).isEqualTo("2021");
        assertThat(dateOf("founded 32 years ago .", "1992-08-23", 1, 3)).isEqualTo("1992");
    }

    @Test
    void runsASinceSpanToTheDocumentDate() {
        assertThat(dates("since 2011 they train", "2017-12-11", year(1, "2011")).spans())
                .extracting(DatedSpan::date)
                .containsExactly("2011/2017");
    }

    @Test
    void skipsDurationsAndSetsAndWarnsOnValuesItCannotRead() {
        List<String> warnings = new ArrayList<>();
        Dates dates = Dates.of(
                text(
                        "for 30 years every year on Q5",
                        new TimeMention(1, 2, "30 years", "P30Y", "DURATION"),
                        new TimeMention(3, 4, "every year", "P1Y", "SET"),
                        new TimeMention(6, 6, "Q5", "19-5", "DATE")),
                null,
                warnings);
        assertThat(dates.spans()).isEmpty();
        assertThat(warnings).singleElement().asString().startsWith("token 6 (\"Q5\")");
    }

    @Test
    void takesTheDateInsideAStretchBeforeOneBeforeItAndOneAfterIt() {
        Dates dates = dates(
                "In 2014 they talked and in 2015 they signed and in 2016 it ended",
                null,
                year(1, "2014"),
                year(6, "2015"),
                year(11, "2016"));
        assertThat(dates.dateFor(6, 8)).contains("2015");
        assertThat(dates.dateFor(8, 8)).contains("2015");
        assertThat(dates.dateFor(0, 0)).contains("2014");
    }

    private static TimeMention year(int index, String year) {
        return new TimeMention(index, index, year, year, "DATE");
    }

    private static String dateOf(String words, String value, int first, int last) {
        String[] split = words.split(" ", -1);
        StringBuilder covered = new StringBuilder();
        for (int i = first; i <= last; i++) {
            covered.append(i > first ? " " : "").append(split[i]);
        }
        Dates dates = dates(words, null, new TimeMention(first, last, covered.toString(), value, "DATE"));
        return dates.spans().get(0).date();
    }

    private static Dates dates(String words, @Nullable String documentDate, TimeMention... times) {
        return Dates.of(text(words, times), documentDate, new ArrayList<>());
    }

    /** A one-sentence text of space-separated tokens. */
    private static AnnotatedText text(String words, TimeMention... times) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : words.split(" ", -1)) {
            tokens.add(new Token(tokens.size(), 0, word, word, "NN", "O", offset, offset + word.length()));
            offset += word.length() + 1;
        }
        return new AnnotatedText(words, tokens, List.of(0), List.of(times));
    }
}

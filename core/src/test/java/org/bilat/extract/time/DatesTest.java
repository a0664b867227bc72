package org.bilat.extract.time;

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
    void keepsTheYearOfASinceInTheDocumentsOwnYear() {
        assertThat(dates("since 2017 they train", "2017-12-11", year(1, "2017")).spans())
                .extracting(DatedSpan::date)
                .containsExactly("2017");
    }

    @Test
    void readsTwoYearsJoinedByADashAsASpan() {
        assertThat(dates("talks in 2012-2013 failed", null, new TimeMention(2, 2, "2012-2013", "PT8784H", "DURATION"))
                        .spans())
                .extracting(DatedSpan::date)
                .containsExactly("2012/2013");
        assertThat(dates("in 2017-18 they trained", null, new TimeMention(1, 1, "2017-18", "PT8760H", "DURATION"))
                        .spans())
                .extracting(DatedSpan::date)
                .containsExactly("2017/2018");
        assertThat(dates("for 2-3 years", null, new TimeMention(1, 2, "2-3 years", "P3Y", "DURATION"))
                        .spans())
                .isEmpty();
    }

    @Test
    void givesTheFirstMonthOfARangeTheYearOfItsLast() {
        assertThat(dates(
                                "from January to September 2021 loans fell",
                                "2025-02-01",
                                new TimeMention(1, 1, "January", "2025-01", "DATE"),
                                new TimeMention(3, 4, "September 2021", "2021-09", "DATE"))
                        .spans())
                .extracting(DatedSpan::date)
                .containsExactly("2021-01/2021-09");
    }

    @Test
    void joinsAYearAndAPartOfTheNextAtMonthPrecision() {
        assertThat(dates(
                                "during 2023 and the first half of 2024 they bought",
                                null,
                                year(1, "2023"),
                                new TimeMention(3, 7, "the first half of 2024", "2024", "DATE"))
                        .spans())
                .extracting(DatedSpan::date)
                .containsExactly("2023-01/2024-06");
    }

    @Test
    void givesAYearlessMonthTheDocumentsYearWhenTheYearLastNamedLiesAfterIt() {
        Dates dates = dates(
                "tanks due between 2019 and 2021 were ordered in July .",
                "2020-10-01",
                year(3, "2019"),
                year(5, "2021"),
                new TimeMention(9, 9, "July", "XXXX-07", "DATE"));
        assertThat(dates.spans()).extracting(DatedSpan::date).contains("2020-07");
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

    @Test
    void readsAWeekdayAsTheLastOneOnOrBeforeTheDocumentDate() {
        // 2021-06-09 is a Wednesday
        assertThat(dates("they met on Wednesday", "2021-06-09", weekday(3, "Wednesday", "2021-06-09"))
                        .spans())
                .extracting(DatedSpan::date)
                .containsExactly("2021-06-09");
        assertThat(dates("they met on Saturday", "2021-06-09", weekday(3, "Saturday", "2021-06-12"))
                        .spans())
                .extracting(DatedSpan::date)
                .containsExactly("2021-06-05");
        assertThat(dates("they met on Saturday", "2021", weekday(3, "Saturday", "2021-W52-6"))
                        .spans())
                .isEmpty();
    }

    @Test
    void warnsAndSkipsADayThatDoesNotExist() {
        List<String> warnings = new ArrayList<>();
        Dates dates = Dates.of(
                text("on 31 February 2021 ships left", new TimeMention(1, 3, "31 February 2021", "2021-02-31", "DATE")),
                null,
                warnings);
        assertThat(dates.spans()).isEmpty();
        assertThat(warnings).singleElement().asString().contains("2021-02-31").contains("does not exist");
    }

    @Test
    void readsWeekdayNamesOnly() {
        assertThat(Weekdays.names("last Friday")).isTrue();
        assertThat(Weekdays.day("last Friday", "2021-06-11")).isEqualTo("2021-06-04");
        assertThat(Weekdays.names("Friday night")).isFalse();
    }

    @Test
    void narrowsALooseYearToItsPart() {
        assertThat(LooseTimes.of("2009", "by the end of ")).isEqualTo("2009-10/2009-12");
        assertThat(LooseTimes.of("2009", "at the start of ")).isEqualTo("2009-01/2009-03");
        assertThat(LooseTimes.of("2009", "in mid-")).isEqualTo("2009-05/2009-08");
        assertThat(LooseTimes.of("2019", "in spring ")).isEqualTo("2019-03/2019-05");
        assertThat(LooseTimes.of("2019", "in ")).isEqualTo("2019");
    }

    @Test
    void narrowsAnEarlyOrLateYearToItsFirstOrLastThird() {
        assertThat(LooseTimes.of("2024", "in early ")).isEqualTo("2024-01/2024-04");
        assertThat(LooseTimes.of("2019", "In late ")).isEqualTo("2019-09/2019-12");
        assertThat(LooseTimes.of("2019", "as late as ")).isEqualTo("2019");
    }

    @Test
    void narrowsAYearToTheHalfQuarterOrFirstMonthsNamed() {
        assertThat(LooseTimes.of("2021", "in the first half of ")).isEqualTo("2021-01/2021-06");
        assertThat(LooseTimes.of("2021", "in the second half of ")).isEqualTo("2021-07/2021-12");
        assertThat(LooseTimes.of("2021", "the third quarter of ")).isEqualTo("2021-07/2021-09");
        assertThat(LooseTimes.of("2024", "the first seven months of ")).isEqualTo("2024-01/2024-07");
        assertThat(LooseTimes.of("2024", "the first 5 months of ")).isEqualTo("2024-01/2024-05");
        assertThat(LooseTimes.of("2024", "the first many months of ")).isEqualTo("2024");
    }

    @Test
    void widensATaggedDateOverTheDaysBeforeIt() {
        assertThat(dates("on May 3 and 4 , 2015 they met", null, year(6, "2015"))
                        .spans())
                .extracting(DatedSpan::date)
                .containsExactly("2015-05-03/2015-05-04");
        assertThat(dates(
                                "from 30 April to 2 May 2015 they met",
                                null,
                                new TimeMention(4, 6, "2 May 2015", "2015-05-02", "DATE"))
                        .spans())
                .extracting(DatedSpan::date)
                .containsExactly("2015-04-30/2015-05-02");
    }

    @Test
    void readsAWeekFromItsMondayToTheDocumentDate() {
        // 2019-03-07 is a Thursday of ISO week 10
        assertThat(dates("met this week", "2019-03-07", new TimeMention(1, 2, "this week", "2019-W10", "DATE"))
                        .spans())
                .extracting(DatedSpan::date)
                .containsExactly("2019-03-04/2019-03-07");
    }

    @Test
    void readsNoDateFromOrdinalCenturies() {
        List<String> warnings = new ArrayList<>();
        Dates dates = dates(
                warnings,
                "by the turn of the 20th and 21st centuries , and in 2022 , cooperation expanded",
                "2024-10-01",
                new TimeMention(6, 8, "and 21st centuries", "4024", "DATE"),
                year(12, "2022"));
        assertThat(dates.spans()).extracting(DatedSpan::date).containsExactly("2022");
        assertThat(warnings).isEmpty();
    }

    private static TimeMention weekday(int index, String word, String value) {
        return new TimeMention(index, index, word, value, "DATE");
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
        return dates(new ArrayList<>(), words, documentDate, times);
    }

    private static Dates dates(
            List<String> warnings, String words, @Nullable String documentDate, TimeMention... times) {
        return Dates.of(text(words, times), documentDate, warnings);
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

package org.bilat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateNormalizerTest {
    @Test
    void writesDatesAsIsoAtThePrecisionKnown() {
        assertThat(DateNormalizer.normalize("2017")).contains("2017");
        assertThat(DateNormalizer.normalize("Dec 2017")).contains("2017-12");
        assertThat(DateNormalizer.normalize("December 11th, 2017")).contains("2017-12-11");
        assertThat(DateNormalizer.normalize("11 of December 2017")).contains("2017-12-11");
        assertThat(DateNormalizer.normalize("2017-12-11T23:30:00-05:00")).contains("2017-12-11");
        assertThat(DateNormalizer.normalize("11.12.2017")).contains("2017-12-11");
    }

    @Test
    void readsSlashedDatesOnlyWhenTheOrderIsClear() {
        assertThat(DateNormalizer.normalize("25/12/2019")).contains("2019-12-25");
        assertThat(DateNormalizer.normalize("12/25/2019")).contains("2019-12-25");
        assertThat(DateNormalizer.normalize("04/05/2019")).contains("2019");
    }

    @Test
    void rejectsImpossibleDatesAndYearRanges() {
        assertThat(DateNormalizer.normalize("31.02.2020")).isEmpty();
        assertThat(DateNormalizer.normalize("2014-2018")).isEmpty();
        assertThat(DateNormalizer.normalize("no date here")).isEmpty();
    }

    @Test
    void findsTheEarliestDateInALine() {
        DateNormalizer.Found found =
                DateNormalizer.find("From 7–9 May 2018 to June 1, 2018").orElseThrow();

        assertThat(found.iso()).isEqualTo("2018-05-07");
        assertThat(found.start()).isEqualTo(5);
    }

    @Test
    void readsDatesGluedToTheWordsAroundThem() {
        assertThat(DateNormalizer.normalize("Bulletin04 June 2020Office of Trade"))
                .contains("2020-06-04");
        assertThat(DateNormalizer.normalize("12018 June 2020")).contains("2020-06");
    }

    @Test
    void readsATwoDigitYearOnlyAfterAWeekday() {
        assertThat(DateNormalizer.normalize("Wed - 8 February 22")).contains("2022-02-08");
        assertThat(DateNormalizer.normalize("on 8 February 22 ships left")).isEmpty();
    }

    @Test
    void readsADayAndMonthWithoutYearInTheYearGiven() {
        assertThat(DateNormalizer.dayWithoutYear("STRELSAU, Aug. 7 (Wire)", 0, 2019)
                        .map(DateNormalizer.Found::iso))
                .contains("2019-08-07");
        assertThat(DateNormalizer.dayWithoutYear("KLOW, 30 February.", 0, 2019)).isEmpty();
    }
}

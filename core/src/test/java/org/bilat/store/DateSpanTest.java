package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateSpanTest {
    private static DateSpan span(String date) {
        return DateSpan.parse(date).orElseThrow();
    }

    @Test
    void readsAYearAMonthADayAndASpanAsTheirFirstAndLastDays() {
        assertThat(span("2016")).isEqualTo(new DateSpan(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)));
        assertThat(span("2016-02")).isEqualTo(new DateSpan(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29)));
        assertThat(span("2016-09-28").days()).isEqualTo(1);
        assertThat(span("2016-09-28/2016-10"))
                .isEqualTo(new DateSpan(LocalDate.of(2016, 9, 28), LocalDate.of(2016, 10, 31)));
    }

    @Test
    void readsNothingFromMissingMalformedOrBackwardDates() {
        assertThat(DateSpan.parse(null)).isEmpty();
        assertThat(DateSpan.parse(" ")).isEmpty();
        assertThat(DateSpan.parse("spring 2016")).isEmpty();
        assertThat(DateSpan.parse("2016-13")).isEmpty();
        assertThat(DateSpan.parse("2017/2016")).isEmpty();
        assertThat(DateSpan.parse("2016/2017/2018")).isEmpty();
        assertThat(DateSpan.parse("16")).isEmpty();
    }

    @Test
    void comparesDatesAtTheCoarserPrecision() {
        assertThat(span("2016").overlaps(span("2016-09-28"))).isTrue();
        assertThat(span("2016-09").overlaps(span("2016-08-31/2016-09-01"))).isTrue();
        assertThat(span("2016-09").overlaps(span("2016-10-01"))).isFalse();
        assertThat(span("2014").overlaps(span("2015"))).isFalse();
    }
}

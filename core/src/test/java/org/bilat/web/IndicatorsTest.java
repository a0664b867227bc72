package org.bilat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.bilat.store.FigureRow;
import org.bilat.store.HappeningRow;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class IndicatorsTest {
    @Test
    void countsHappeningsInTheFirstYearOfTheirDateAndLeavesUndatedOnesOut() {
        Indicators indicators = Indicators.of(
                List.of(
                        happening("a", EventType.MEET, "2015-05"),
                        happening("b", EventType.MEET, "2015/2016"),
                        happening("c", EventType.AGREE, "2016"),
                        happening("d", EventType.AGREE, null)),
                List.of());

        assertThat(indicators.eventsPerYear())
                .containsExactly(
                        new Indicators.YearCount(2015, EventType.MEET, 2),
                        new Indicators.YearCount(2016, EventType.AGREE, 1));
    }

    @Test
    void aSeriesNeedsOneUnitAndMeasureDatedTwiceAndRunsByDate() {
        Indicators indicators = Indicators.of(
                List.of(),
                List.of(
                        figure(2.0, "USD", "Trade turnover", "2019"),
                        figure(1.0, "USD", "trade turnover", "2017"),
                        figure(5.0, "PERCENT", "trade turnover", "2018"),
                        figure(3.0, "USD", "loan", "2018"),
                        figure(4.0, "USD", "loan", null)));

        assertThat(indicators.figureSeries()).hasSize(1);
        Indicators.Series series = indicators.figureSeries().get(0);
        assertThat(series.unit()).isEqualTo("USD");
        assertThat(series.points()).extracting(Indicators.Point::date).containsExactly("2017", "2019");
    }

    private static HappeningRow happening(String id, EventType type, @Nullable String date) {
        return new HappeningRow(id, type, date, List.of(), null, "summary", List.of());
    }

    private static FigureRow figure(double value, String unit, String measure, @Nullable String date) {
        return new FigureRow("d", "a.txt", value, unit, measure, null, List.of(), date, new Evidence(0, 1, "x"));
    }
}

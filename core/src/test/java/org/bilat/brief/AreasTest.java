package org.bilat.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.bilat.store.FigureRow;
import org.junit.jupiter.api.Test;

class AreasTest {
    private final Areas areas = Areas.load();

    private static FigureRow figure(String unit, String measure) {
        String text = "a figure";
        return new FigureRow("d1", "d1.txt", 1, unit, measure, null, List.of(), null, Evidence.of(text, 0, 1));
    }

    @Test
    void everyEventTypeHasAnArea() {
        for (EventType type : EventType.values()) {
            assertThat(areas.of(type)).as(type.name()).isPresent();
        }
        assertThat(areas.all())
                .containsExactly(
                        "political visits and agreements",
                        "military cooperation",
                        "economy and finance",
                        "technology and space");
    }

    @Test
    void aMeasureWordDecidesBeforeTheUnitAndAnyCurrencyIsEconomic() {
        assertThat(areas.of(figure("KM", "range of the missile"))).contains("military cooperation");
        assertThat(areas.of(figure("COUNT", "troops"))).contains("military cooperation");
        assertThat(areas.of(figure("EUR", "cost of the bridge"))).contains("economy and finance");
        assertThat(areas.of(figure("PERCENT", "share of the vote"))).isEmpty();
    }

    @Test
    void comparisonIsStatedAsMoreFewerOrAsMany() {
        assertThat(Trends.comparison(3, 1)).isEqualTo("more than");
        assertThat(Trends.comparison(1, 3)).isEqualTo("fewer than");
        assertThat(Trends.comparison(2, 2)).isEqualTo("as many as");
    }
}

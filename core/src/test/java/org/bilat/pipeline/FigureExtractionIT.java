package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Quantity;
import org.junit.jupiter.api.Test;

class FigureExtractionIT {
    private static final String TEXT = """
            In March 2019, Kazakhstan signed a loan agreement with the Asian Development Bank worth US$ 3 million.
            Trade between Kazakhstan and Mongolia reached CNY 10 billion in 2020, and Mongolia paid 7 million dollars for a bridge.
            Kazakh exports to Mongolia grew by 10-20 percent, while imports rose 12 times.
            The new pipeline is 1,250 kilometres long and the road is 40 miles long.
            Mongolia bought 24 armoured personnel carriers and a dozen helicopters from Kazakhstan.
            The two countries held talks over the past seven months, and the two sides agreed on a number of projects.
            Under Decree No. 12, the KAMAZ-4310 truck was tested in 2021.
            The farm covers 2,000 hectares, and the road was 1,2,3 km long.
            The plant has two reactors with a total capacity of 2,400 MW, and gas costs $180 per 1,000 cubic metres.
            The port will handle 700,000 TEU a year, and a camp for 1300 soldiers was built near it.""";

    private static final List<Quantity> FOUND = extract();

    private static List<Quantity> extract() {
        Document doc =
                new Document("figures.txt", "figures.txt", "figures", "text/plain", TEXT, null, null, null, null);
        return Pipeline.shared().extract(doc).quantities();
    }

    @Test
    void readsMoneyInAnyCurrencyAsAPlainNumberWithItsCode() {
        assertThat(FOUND).anyMatch(q -> q.unit().equals("USD") && q.value() == 3_000_000);
        assertThat(FOUND).anyMatch(q -> q.unit().equals("CNY") && q.value() == 10e9 && "2020".equals(q.date()));
        assertThat(FOUND).anyMatch(q -> q.unit().equals("USD") && q.value() == 7_000_000);
    }

    @Test
    void splitsARangeOfPercentagesIntoTwoFigures() {
        assertThat(FOUND)
                .filteredOn(q -> q.unit().equals("PERCENT"))
                .extracting(Quantity::value)
                .containsExactly(10.0, 20.0);
    }

    @Test
    void convertsDistancesAndReadsAreasAndMultiples() {
        assertThat(FOUND).anyMatch(q -> q.unit().equals("KM") && q.value() == 1250);
        assertThat(FOUND).anyMatch(q -> q.unit().equals("KM") && Math.abs(q.value() - 64.37) < 0.01);
        assertThat(FOUND).anyMatch(q -> q.unit().equals("HECTARE") && q.value() == 2000);
        assertThat(FOUND).anyMatch(q -> q.unit().equals("TIMES") && q.value() == 12);
    }

    @Test
    void countsThingsButNotTimeReferencesOrNumbersReferredBack() {
        assertThat(FOUND)
                .filteredOn(q -> q.unit().equals("COUNT"))
                .extracting(Quantity::value)
                .containsExactly(24.0, 12.0, 2.0, 700_000.0, 1300.0);
    }

    @Test
    void readsPowerInWattsAndLeavesOutTheBaseOfARate() {
        assertThat(FOUND).anyMatch(q -> q.unit().equals("W") && q.value() == 2.4e9);
        assertThat(FOUND).anyMatch(q -> q.unit().equals("USD") && q.value() == 180);
        assertThat(FOUND).noneMatch(q -> q.unit().equals("M3"));
    }

    @Test
    void givesEachFigureAShortExactClauseAsEvidence() {
        for (Quantity q : FOUND) {
            assertThat(TEXT.substring(q.evidence().start(), q.evidence().end()))
                    .isEqualTo(q.evidence().quote());
            assertThat(q.evidence().quote()).doesNotContain("\n");
        }
    }

    @Test
    void takesNoMalformedFigure() {
        assertThat(FOUND).noneMatch(q -> q.unit().equals("KM") && q.value() < 10);
    }
}

package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.junit.jupiter.api.Test;

class EventRecallIT {
    private static List<Event> events(String text) {
        Document doc = new Document("recall.txt", "recall.txt", "recall", "text/plain", text, null, null, null, null);
        return Pipeline.shared().extract(doc).events();
    }

    private static List<Event> ofType(String text, EventType type) {
        return events(text).stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void anUndatedNounWithItsOwnActorIsAnEvent() {
        assertThat(ofType("Borduria's brutal invasion of Syldavia shocked the region.", EventType.CONFLICT))
                .singleElement()
                .satisfies(c -> assertThat(c.date()).isNull());
        assertThat(ofType("The framework agreement with Acme Motors covers 300 trucks.", EventType.AGREE))
                .hasSize(1);
    }

    @Test
    void anUndatedVisitOfAPersonIsAnEventAndAVisitOfAPlaceIsNot() {
        assertThat(ofType("The state visit of Bordurian President Karl Weiss strengthened the ties.", EventType.MEET))
                .singleElement()
                .satisfies(m -> assertThat(m.date()).isNull());
        assertThat(ofType("Prices rose after the visit of Syldavia.", EventType.MEET))
                .isEmpty();
    }

    @Test
    void tiesDowngradedAndProjectsFinancedWithoutAnAmountAreEvents() {
        assertThat(ofType("In May 2019, Ruritania downgraded its diplomatic ties with Borduria.", EventType.REDUCE))
                .hasSize(1);
        assertThat(ofType(
                        "In 2015, the new harbour was financed by the Syldavian Development Bank.", EventType.FINANCE))
                .hasSize(1);
    }

    @Test
    void aBareUndatedNounIsNoEventOfItsOwn() {
        assertThat(ofType("Prices rose after the invasion of Syldavia.", EventType.CONFLICT))
                .isEmpty();
        assertThat(ofType("Syldavia says the invasion changed everything.", EventType.CONFLICT))
                .isEmpty();
    }

    @Test
    void anOngoingActivityIsAnUndatedEventButOngoingTradeIsNot() {
        assertThat(ofType("Borduria is building two frigates for its navy.", EventType.DEVELOP))
                .hasSize(1);
        assertThat(ofType("Borduria is selling tractors to Syldavia.", EventType.TRANSFER))
                .isEmpty();
    }

    @Test
    void constructionOfASiteIsDevelopmentAndItsOpeningAnEstablishment() {
        String text = "Construction of the Syldavian port of Klow began in 2014 and the port opened in May 2017.";

        assertThat(ofType(text, EventType.DEVELOP))
                .singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo("2014"));
        assertThat(ofType(text, EventType.ESTABLISH))
                .singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo("2017-05"));
    }

    @Test
    void aBodyComingIntoExistenceIsEstablished() {
        String text = "The Syldavia-Borduria Railway Company came into existence on July 26, 2020.";

        assertThat(ofType(text, EventType.ESTABLISH)).hasSize(1);
    }

    @Test
    void decreesSalesAndApprovedOpeningsAreAgreements() {
        assertThat(ofType("In July 2020, President Kurvi signed a decree on the union of the states.", EventType.AGREE))
                .hasSize(1);
        assertThat(ofType("In June 2019, the Syldavian parliament ratified the sale.", EventType.AGREE))
                .hasSize(1);
        assertThat(ofType("In 2021, Syldavia approved the establishment of a Bordurian office.", EventType.AGREE))
                .hasSize(1);
    }

    @Test
    void goodsProvidedAreATransfer() {
        assertThat(ofType("In 2021, Borduria provided Syldavia with vaccines.", EventType.TRANSFER))
                .hasSize(1);
    }
}

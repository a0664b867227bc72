package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.junit.jupiter.api.Test;

class EventDetectionIT {
    private static List<Event> events(String text) {
        Document doc = new Document("detect.txt", "detect.txt", "detect", "text/plain", text, null, null, null, null);
        return Pipeline.shared().extract(doc).events();
    }

    private static List<Event> ofType(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void aHeadlineAndALinkLineTellNoEvent() {
        String text = """
                Chile and Norway Sign a Fisheries Treaty

                In May 2017, Chile signed a fisheries treaty with Norway in Santiago.

                Read also: Norway buys patrol boats from Chile in 2018""";

        List<Event> events = events(text);

        assertThat(ofType(events, EventType.AGREE))
                .singleElement()
                .satisfies(agree -> assertThat(agree.evidence().get(0).quote()).startsWith("In May 2017"));
        assertThat(ofType(events, EventType.TRANSFER)).isEmpty();
    }

    @Test
    void aCreditAgreedOnIsAFinancingNotAnAgreement() {
        List<Event> events = events("In June 2014, the government of Peru agreed on a credit arrangement with Japan.");

        assertThat(ofType(events, EventType.FINANCE))
                .singleElement()
                .satisfies(f -> assertThat(f.date()).isEqualTo("2014-06"));
        assertThat(ofType(events, EventType.AGREE)).isEmpty();
    }

    @Test
    void whatAContractIsSignedForIsNotAnEventOfItsOwn() {
        List<Event> events = events("In 2015, Peru signed a contract with a Japanese company to build a railway.");

        assertThat(ofType(events, EventType.AGREE)).hasSize(1);
        assertThat(ofType(events, EventType.DEVELOP)).isEmpty();
    }

    @Test
    void sanctionsAndCoupsAreTold() {
        String text = "In 2020, Norway sanctioned the Chilean company Andes Mining. "
                + "A military coup took place in Peru in March 2019.";

        List<Event> events = events(text);

        assertThat(ofType(events, EventType.REDUCE))
                .singleElement()
                .satisfies(r -> assertThat(r.date()).isEqualTo("2020"));
        assertThat(ofType(events, EventType.CONFLICT))
                .singleElement()
                .satisfies(c -> assertThat(c.date()).isEqualTo("2019-03"));
    }

    @Test
    void workContractedToACompanyIsAnAgreement() {
        List<Event> events =
                events("In 2016, the construction of the bridge was contracted to the Acme Bridge Corporation.");

        assertThat(ofType(events, EventType.AGREE)).hasSize(1);
    }

    @Test
    void forcesRehearsingAnOperationHoldAnExercise() {
        List<Event> events =
                events("In June 2015, special forces of Kenya and Estonia rehearsed an assault on a train.");

        assertThat(ofType(events, EventType.EXERCISE)).hasSize(1);
    }

    @Test
    void anInvasionWithItsActorInATimeAnchorIsAnEventOnlyWhenToldNowhereElse() {
        List<Event> alone = events("Trade between the two had grown before Borduria's invasion of Syldavia.");
        List<Event> retold =
                events("In 2014, Borduria invaded Syldavia. Trade fell after Borduria's invasion of Syldavia.");

        assertThat(ofType(alone, EventType.CONFLICT))
                .singleElement()
                .satisfies(e -> assertThat(e.date()).isNull());
        assertThat(ofType(retold, EventType.CONFLICT))
                .singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo("2014"));
    }

    @Test
    void meetingANeedOrAStandardIsNoMeeting() {
        List<Event> needs =
                events("In May 2019, Ruritania said the new pipeline would help meet Syldavia's energy needs, "
                        + "according to its minister Boris Kazan.");
        List<Event> party =
                events("In May 2019, the Ruritanian minister Boris Kazan met the Syldavian president in Klow.");

        assertThat(ofType(needs, EventType.MEET)).isEmpty();
        assertThat(ofType(party, EventType.MEET)).hasSize(1);
    }

    @Test
    void aTriggerUnderANegatedOrBeliefVerbIsNoEvent() {
        List<Event> negated = events("In 2021, Syldavia thanked Borduria for not hesitating for months to deliver the "
                + "armoured vehicles.");
        List<Event> believed =
                events("In 2021, officials in Syldavia believed that Borduria withdrew its troops from the region.");

        assertThat(ofType(negated, EventType.TRANSFER)).isEmpty();
        assertThat(ofType(believed, EventType.REDUCE)).isEmpty();
    }

    @Test
    void aMeetingInACapitalHasTheCapitalsStateAmongItsParties() {
        List<Event> events = events(
                "In March 2018, the Kenyan foreign minister held talks in Tallinn. " + "Estonia and Kenya trade tea.");

        assertThat(ofType(events, EventType.MEET))
                .singleElement()
                .satisfies(meet -> assertThat(meet.participants()).contains("estonia", "kenya"));
    }

    @Test
    void aVerbPlannedThroughAnInfinitiveIsNoEvent() {
        assertThat(ofType(
                        events("On 4 May 2019, the Chilean president is to meet his Peruvian counterpart."),
                        EventType.MEET))
                .isEmpty();
        assertThat(ofType(events("Norway to impose sanctions on twelve Chilean companies in 2020."), EventType.REDUCE))
                .isEmpty();
    }

    @Test
    void anUndatedNounAPastVerbOfDoingTellsIsAnEvent() {
        String text = "The Peruvian president toured a port and witnessed the signing of a fisheries agreement"
                + " between Andes Mining and Chile. Acme Build completed the construction of the new bridge in Lima.";

        List<Event> events = events(text);

        assertThat(ofType(events, EventType.AGREE)).hasSize(1);
        assertThat(ofType(events, EventType.DEVELOP)).hasSize(1);
    }

    @Test
    void aPresentActOnOneThingIsAnUndatedEventButAPresentHabitIsNot() {
        List<Event> act = events("Kenya builds a cement plant near Mombasa with an investment of $40 million.");
        List<Event> habit = events("The Kenyan works builds river barges and tugboats for export.");

        assertThat(ofType(act, EventType.DEVELOP))
                .singleElement()
                .satisfies(e -> assertThat(e.date()).isNull());
        assertThat(ofType(habit, EventType.DEVELOP)).isEmpty();
    }
}

package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.bilat.model.Extraction;
import org.junit.jupiter.api.Test;

class EventExtractionIT {
    private static final String TEXT = """
            Kenya and Estonia: a Partnership Review

            In March 2019, Kazakhstan signed a loan agreement with Japan in Tokyo.
            In June 2020, the Kenyan army held a joint exercise with Estonian troops near Nairobi.
            The exercise was widely covered by the Kenyan media.
            Estonia could buy patrol drones from Kenya next decade.
            In May 2018, President Alar Tamm of Estonia visited Kenya.
            Kenya did not join the Indian Ocean Rim Association.""";

    private static List<Event> events() {
        Document doc = new Document("events.txt", "events.txt", "events", "text/plain", TEXT, null, null, null, null);
        Extraction extraction = Pipeline.shared().extract(doc);
        return extraction.events();
    }

    @Test
    void joiningAnOrganisationOfStatesIsAnAccessionButJoiningAUnitIsNot() {
        String text = """
                In 2001 Kazakhstan joined the Shanghai Cooperation Organisation.
                In 2016 the first battalion joined the 5th Artillery Brigade.""";
        Document doc = new Document("join.txt", "join.txt", "join", "text/plain", text, null, null, null, null);

        List<Event> joins = Pipeline.shared().extract(doc).events().stream()
                .filter(e -> e.type() == EventType.JOIN)
                .toList();

        assertThat(joins).singleElement().satisfies(join -> {
            assertThat(join.date()).isEqualTo("2001");
            assertThat(join.participants()).contains("kazakhstan");
        });
    }

    @Test
    void findsASignedLoanAgreementAsAFinancingWithItsMonthAndParties() {
        Event loan = only(events(), EventType.FINANCE);

        assertThat(loan.cameo()).isEqualTo("071");
        assertThat(loan.date()).isEqualTo("2019-03");
        assertThat(loan.participants()).contains("kazakhstan", "japan");
        assertThat(events()).noneMatch(e -> e.type() == EventType.AGREE);
    }

    @Test
    void joinsTheExerciseAndItsLaterMentionIntoOneEvent() {
        Event exercise = only(events(), EventType.EXERCISE);

        assertThat(exercise.date()).isEqualTo("2020-06");
        assertThat(exercise.participants()).contains("kenya", "estonia");
        assertThat(exercise.evidence()).hasSize(2);
    }

    @Test
    void findsAVisitWithTheCountryVisitedAsItsPlace() {
        Event visit = only(events(), EventType.MEET);

        assertThat(visit.cameo()).isEqualTo("042");
        assertThat(visit.date()).isEqualTo("2018-05");
        assertThat(visit.location()).isEqualTo("kenya");
    }

    @Test
    void skipsWhatOnlyCouldHappenAndWhatDidNot() {
        List<Event> events = events();

        assertThat(events).noneMatch(e -> e.type() == EventType.TRANSFER);
        assertThat(events).noneMatch(e -> e.type() == EventType.JOIN);
    }

    @Test
    void everyEvidenceIsAnExactSpanOfTheText() {
        for (Event event : events()) {
            for (Evidence evidence : event.evidence()) {
                assertThat(TEXT.substring(evidence.start(), evidence.end())).isEqualTo(evidence.quote());
            }
            assertThat(event.summary()).isNotBlank().doesNotContain("\n");
        }
    }

    private static Event only(List<Event> events, EventType type) {
        List<Event> found = events.stream().filter(e -> e.type() == type).toList();
        assertThat(found).as("%s events among %s", type, events).hasSize(1);
        return found.get(0);
    }
}

package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EventDatesIT {
    private static List<Event> events(String text, @Nullable String published) {
        Document doc = new Document("dates.txt", "dates.txt", "dates", "text/plain", text, null, null, null, published);
        return Pipeline.shared().extract(doc).events();
    }

    private static List<Event> ofType(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void aPresentPerfectReportTakesTheReportsDay() {
        String text = "Ruritania and Borduria have signed a trade agreement, the two governments said.";

        List<Event> agree = ofType(events(text, "2023-04-12"), EventType.AGREE);

        assertThat(agree).extracting(Event::date).containsExactly("2023-04-12");
    }

    @Test
    void aPastReportWithoutADateStaysUndated() {
        String text = "Ruritania and Borduria signed a trade agreement, the two governments said.";

        List<Event> agree = ofType(events(text, "2023-04-12"), EventType.AGREE);

        assertThat(agree).extracting(Event::date).doesNotContain("2023-04-12");
    }

    @Test
    void aSentenceWithoutADateGoesOnInItsParagraphsTimeOverAnInterveningLine() {
        String text = "Ruritania and Borduria signed a treaty on a new railway in Zenda in March 2015. "
                + "The total cost of the line is 4 billion euros. "
                + "The two countries also signed a memorandum on customs cooperation.";

        List<Event> agree = ofType(events(text, "2019-06-01"), EventType.AGREE);

        assertThat(agree).extracting(Event::date).containsOnly("2015-03");
    }

    @Test
    void aCapabilityReachedInThePresentPerfectIsNotTheReportsNews() {
        String text = "The Zenda Machine Works has mastered the production of armoured vehicles.";

        List<Event> develop = ofType(events(text, "2023-04-12"), EventType.DEVELOP);

        assertThat(develop).extracting(Event::date).doesNotContain("2023-04-12");
    }

    @Test
    void aSentenceTurningBackInTimeDoesNotTakeItsParagraphsTime() {
        String text = "Ruritania and Borduria signed a treaty on a new railway in Zenda in March 2015. "
                + "Earlier, the two foreign ministers held talks in Klow.";

        List<Event> meet = ofType(events(text, "2019-06-01"), EventType.MEET);

        assertThat(meet).isNotEmpty().extracting(Event::date).doesNotContain("2015-03");
    }
}

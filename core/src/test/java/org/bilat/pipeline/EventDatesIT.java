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
    void aPastReportWithoutADateAfterTheLeadStaysUndated() {
        String text = "Ruritania opened a consulate in Zenda.\n\n"
                + "Ruritania and Borduria signed a trade agreement, the two governments said.";

        List<Event> agree = ofType(events(text, "2023-04-12"), EventType.AGREE);

        assertThat(agree).extracting(Event::date).doesNotContain("2023-04-12");
    }

    @Test
    void aPastReportInTheLeadTakesTheReportsDay() {
        String text = "Ruritania Signs Gas Deal\n\nRuritania and Borduria signed a gas supply agreement, "
                + "the two governments said.";

        List<Event> agree = ofType(events(text, "2023-04-12"), EventType.AGREE);

        assertThat(agree).extracting(Event::date).containsExactly("2023-04-12");
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

    @Test
    void aClauseInThePresentDoesNotTakeItsParagraphsTime() {
        String text = "In 2017, Ruritania signed a contract with Borduria for armoured vehicles. "
                + "Borduria is building two frigates for Ruritania. "
                + "Since then, there have been smaller contracts signed between Ruritania and Borduria.";

        List<Event> events = events(text, "2019-06-01");

        assertThat(ofType(events, EventType.AGREE)).extracting(Event::date).containsOnly("2017", null);
        assertThat(ofType(events, EventType.DEVELOP)).extracting(Event::date).doesNotContain("2017");
    }

    @Test
    void aStateSinceADateIsDatedByItsStart() {
        String text = "The Zenda rocket system, operational since 2016, was developed by Ruritania and Borduria.";

        List<Event> develop = ofType(events(text, "2021-03-01"), EventType.DEVELOP);

        assertThat(develop).extracting(Event::date).containsExactly("2016");
    }

    @Test
    void aRecurringActivitySinceADateRunsToTheReportsYear() {
        String text = "Ruritania and Borduria have held joint exercises every year since 2015.";

        List<Event> exercise = ofType(events(text, "2021-03-01"), EventType.EXERCISE);

        assertThat(exercise).extracting(Event::date).containsExactly("2015/2021");
    }

    @Test
    void aProgrammesTermDoesNotDateTheNextSentence() {
        String text = "Ruritania and Borduria approved a cooperation programme for 2021-2023 in Zenda. "
                + "The two presidents also signed a treaty on customs.";

        List<Event> agree = ofType(events(text, "2020-11-04"), EventType.AGREE);

        assertThat(agree).extracting(Event::date).doesNotContain("2021/2023");
    }

    @Test
    void anEarlyYearDatesTheSentencesThatGoOnInIt() {
        String text = "Borduria began to expand its arms industry in early 2024. "
                + "For example, the Zenda Tool Plant installed new equipment from Ruritania.";

        List<Event> transfer = ofType(events(text, null), EventType.TRANSFER);

        assertThat(transfer).extracting(Event::date).containsExactly("2024-01/2024-04");
    }
}

package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EventArgumentsIT {
    private static List<Event> events(String text, @Nullable String published) {
        Document doc = new Document("args.txt", "args.txt", "args", "text/plain", text, null, null, null, published);
        return Pipeline.shared().extract(doc).events();
    }

    private static Event only(List<Event> events, EventType type) {
        List<Event> found = events.stream().filter(e -> e.type() == type).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void takesTheSignersFromTheVerbsSubjectAndObliqueButNotFromARelativeClause() {
        String text = "In March 2019, Chile signed a defence agreement with Norway, which Peru had long opposed.";

        Event agree = only(events(text, null), EventType.AGREE);

        assertThat(agree.participants()).contains("chile", "norway").doesNotContain("peru");
    }

    @Test
    void anOrganisationBringsTheStateItsNameHolds() {
        String text = "In 2017, the National Academy of Sciences of Estonia signed a cooperation agreement with Kenya.";

        Event agree = only(events(text, null), EventType.AGREE);

        assertThat(agree.participants()).contains("kenya", "estonia");
    }

    @Test
    void aDateAfterTheDocumentsDateDatesNoEvent() {
        String text = "Kenya signed a contract with Estonia to supply patrol boats in 2031.";

        List<Event> events = events(text, "2021-05-10");

        assertThat(events).noneMatch(e -> "2031".equals(e.date()));
    }

    @Test
    void theTwoCountriesAreTheLastTwoStatesNamed() {
        String text = "Kenya and Estonia opened embassies in 1995. "
                + "In 2019, the two countries signed a defence agreement with Chile.";

        Event agree = only(events(text, null), EventType.AGREE);

        assertThat(agree.participants()).contains("kenya", "estonia", "chile");
    }

    @Test
    void hePointsBackToTheLastPersonNamed() {
        String text = "President Daniel Moi of Kenya arrived in Tallinn on Monday. "
                + "In May 2019, he signed a trade agreement with Estonia.";

        Event agree = only(events(text, null), EventType.AGREE);

        assertThat(agree.participants()).contains("estonia").hasSize(2);
    }

    @Test
    void aCapitalThatActsBringsItsCountry() {
        String text = "Kenya and Estonia opened embassies in 1995. In May 2019, Nairobi recalled its ambassador.";

        Event reduce = only(events(text, null), EventType.REDUCE);

        assertThat(reduce.participants()).contains("kenya");
    }

    @Test
    void citiesNamedOnlyAsPlacesAreNoActors() {
        String text = "In 2019, Kenya and Estonia approved twelve programmes of Nairobi and Tallinn.";

        Event agree = only(events(text, null), EventType.AGREE);

        assertThat(agree.participants()).contains("kenya", "estonia").doesNotContain("nairobi", "tallinn");
    }

    @Test
    void aClauseWithItsOwnSubjectDoesNotTakeItsGovernorsSubject() {
        String text =
                "In May 2019, Kenya recalled its ambassador after Estonia approved the opening of a Chilean office.";

        Event agree = only(events(text, null), EventType.AGREE);

        assertThat(agree.participants()).contains("estonia").doesNotContain("kenya");
    }

    @Test
    void aJointVentureHasTheLastTwoStatesNamedBehindIt() {
        String text = "Kenya and Estonia signed a trade deal in 2010. "
                + "In 2012, the Estonian firm Acme Motors set up a joint venture in Nairobi.";

        Event establish = only(events(text, null), EventType.ESTABLISH);

        assertThat(establish.participants()).contains("kenya", "estonia");
    }

    @Test
    void itInAReportedClauseIsTheSubjectOfTheReportingVerb() {
        String text = "Estonia said on Monday that it had signed a defence agreement in May 2019.";

        Event agree = only(events(text, null), EventType.AGREE);

        assertThat(agree.participants()).containsExactly("estonia");
    }

    @Test
    void theyIsTheSubjectOfTheSentenceBefore() {
        String text = "Kenya and Acme Bank met in Nairobi in 2018. "
                + "In May 2019, they signed a loan agreement, the Chilean news agency Acme Radio reported.";

        Event finance = only(events(text, null), EventType.FINANCE);

        assertThat(finance.participants()).contains("kenya", "acm-bnk").doesNotContain("chile");
    }

    @Test
    void aPassiveWithoutAgentTakesTheActorsOfTheSentenceJustBefore() {
        String text = "Kenya and the World Bank discussed a loan in 2018. In 2019, a contract was signed.";

        Event agree = only(events(text, null), EventType.AGREE);

        assertThat(agree.participants()).contains("kenya").hasSizeGreaterThan(1);
    }

    @Test
    void fromFurtherBackOnlyTheStatesCarryOverToAPassiveWithoutAgent() {
        String text = "Kenya and the World Bank discussed a loan in 2018. Talks were slow. "
                + "In 2019, a contract was signed.";

        Event agree = only(events(text, null), EventType.AGREE);

        assertThat(agree.participants()).containsExactly("kenya");
    }

    @Test
    void anEventNamingOnlyAFirmTakesTheStateOfTheClosestSentenceNamingOne() {
        String text = "In 2019, Kenya ordered forty patrol boats. "
                + "The boats will be built by Acme Marine Works under licence from Baltic Hull Engineering. "
                + "In May 2020, a second contract with Acme Marine Works was signed.";

        Event agree = only(events(text, null), EventType.AGREE);

        assertThat(agree.participants()).contains("kenya");
    }
}

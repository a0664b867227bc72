package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.junit.jupiter.api.Test;

/** Trigger rows for financing, sanctions listings, frameworks formed and fighting, and retold talks. */
class EventTriggerRowsIT {
    private static List<Event> events(String text) {
        Document doc = new Document("rows.txt", "rows.txt", "rows", "text/plain", text, null, null, null, null);
        return Pipeline.shared().extract(doc).events();
    }

    private static List<Event> ofType(String text, EventType type) {
        return events(text).stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void aFrameworkAStateFormedIsEstablished() {
        assertThat(ofType(
                        "In 2012, Borduria formed a cooperation framework with ten European states.",
                        EventType.ESTABLISH))
                .hasSize(1);
    }

    @Test
    void aCompanyDesignatedByATreasuryIsSanctioned() {
        assertThat(ofType(
                        "In 2020, Acme Steel was designated by the Ruritanian Treasury as a military company.",
                        EventType.REDUCE))
                .hasSize(1);
    }

    @Test
    void diversifyingAwayAndCutsInSuppliesReduceTies() {
        assertThat(ofType("In 2022, Syldavia decided to diversify away from Borduria.", EventType.REDUCE))
                .hasSize(1);
        assertThat(ofType("In March 2022, Syldavia suffered cuts in supplies of Bordurian gas.", EventType.REDUCE))
                .hasSize(1);
    }

    @Test
    void fightingArmedGroupsIsAConflict() {
        assertThat(ofType("In 2019, Syldavian troops fought rebels in the north of Borduria.", EventType.CONFLICT))
                .hasSize(1);
    }

    @Test
    void projectsFundedByABankAndInvestmentsByAFirmAreFinancing() {
        assertThat(ofType("In 2018, the new bridge was funded by the Bordurian Development Bank.", EventType.FINANCE))
                .hasSize(1);
        assertThat(ofType("The investment in Syldavia by Acme Steel brought 2,000 jobs.", EventType.FINANCE))
                .hasSize(1);
    }

    @Test
    void anAgreementToAddressFinancingConcernsGrantsNoMoney() {
        String text =
                "In June 2021, Ruritania and Borduria signed an agreement to build a railway and address financing"
                        + " concerns.";

        assertThat(ofType(text, EventType.AGREE)).hasSize(1);
        assertThat(ofType(text, EventType.FINANCE)).isEmpty();
    }

    @Test
    void talksRetoldWithADefiniteNounAreOneMeeting() {
        String text = "Ruritania and Borduria held talks in Klow on 3 May 2021. The talks were held behind closed"
                + " doors.";

        assertThat(ofType(text, EventType.MEET)).hasSize(1);
    }

    @Test
    void aHappeningNounAsSubjectOfAModalOrNegatedVerbIsNoEvent() {
        assertThat(ofType(
                        "The joint exercise of Syldavia and Borduria will take place in May 2024.", EventType.EXERCISE))
                .isEmpty();
        assertThat(ofType(
                        "The details of the agreement with Acme Steel will be disclosed by Syldavia soon.",
                        EventType.AGREE))
                .isEmpty();
    }

    @Test
    void buildingBegunAndTiesUpgradedByANounAreTold() {
        assertThat(ofType(
                        "In March 2019, Acme Build laid the foundation stone of a cement plant in Syldavia.",
                        EventType.DEVELOP))
                .hasSize(1);
        assertThat(ofType("In 2021, Acme Build launched the construction of a port in Borduria.", EventType.DEVELOP))
                .hasSize(1);
        assertThat(ofType(
                        "The upgrading of the ties between Syldavia and Borduria to a strategic partnership in 2023"
                                + " opened new markets.",
                        EventType.AGREE))
                .hasSize(1);
    }

    @Test
    void anMouSignedIsAnAgreementAndJetsOrderedAreATransfer() {
        assertThat(ofType("In May 2016, Syldavia and Borduria signed an MoU on a railway.", EventType.AGREE))
                .hasSize(1);
        assertThat(ofType("In September 2016, Syldavia ordered 36 fighter jets from Borduria.", EventType.TRANSFER))
                .hasSize(1);
    }
}

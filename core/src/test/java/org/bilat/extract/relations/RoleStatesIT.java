package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

/** Posts, makers and members read from parsed sentences of our own. */
class RoleStatesIT {
    private static List<String> triples(RelationFixture fixture) {
        return fixture.triples();
    }

    @Test
    void givesAPostOnACompanysBoardToTheCompany() {
        RelationFixture fixture = RelationFixture.parsed(
                        "The Chairman of the Board of Directors of the Lakeside Rail Company, Anton Kessel, spoke.")
                .entity("board", EntityType.ORG, "Board of Directors of the Lakeside Rail Company")
                .entity("lakeside-rail", EntityType.ORG, "Lakeside Rail Company")
                .entity("anton-kessel", EntityType.PERSON, "Anton Kessel");

        assertThat(triples(fixture))
                .contains("ROLE anton-kessel lakeside-rail")
                .doesNotContain("ROLE anton-kessel board");
    }

    @Test
    void givesAPostOnACompanysBoardThatIsNoNameToTheCompany() {
        RelationFixture fixture = RelationFixture.parsed(
                        "The Chairman of the Board of Directors of the Lakeside Rail Company, Anton Kessel, spoke.")
                .entity("lakeside-rail", EntityType.ORG, "Lakeside Rail Company")
                .entity("anton-kessel", EntityType.PERSON, "Anton Kessel");

        assertThat(triples(fixture)).contains("ROLE anton-kessel lakeside-rail");
    }

    @Test
    void placesAPostWithNoStateInTheStateTheClauseIsAbout() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Interim Defence Minister Tomas Varga said late on Monday Kenya had acquired the aircraft"
                                + " from Latvia.")
                .entity("tomas-varga", EntityType.PERSON, "Tomas Varga")
                .entities(EntityType.GPE, "Kenya", "Latvia");

        assertThat(triples(fixture)).containsExactly("ROLE tomas-varga kenya");
    }

    @Test
    void givesTheStateTheFirstOfTwoPostsAndTheBodyTheSecond() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Ruritania's energy minister and head of Ruritania Petroleum, Anton Kessel, signed the deal.")
                .entity("ruritania", EntityType.GPE, "Ruritania")
                .entity("ruritania-petroleum", EntityType.ORG, "Ruritania Petroleum")
                .entity("anton-kessel", EntityType.PERSON, "Anton Kessel");

        assertThat(triples(fixture)).contains("ROLE anton-kessel ruritania", "ROLE anton-kessel ruritania-petroleum");
    }

    @Test
    void readsTheMakerOfAWeaponFromTheContractForIt() {
        RelationFixture fixture = RelationFixture.parsed(
                        "The framework agreement with Valdor Dynamics provides for the purchase of 300 RX-7 tanks."
                                + " The contract with Korvin Aerospace for 48 KA-50 fighters was signed in May.")
                .entity("valdor-dynamics", EntityType.ORG, "Valdor Dynamics")
                .entity("rx-7", EntityType.PRODUCT, "RX-7")
                .entity("korvin-aerospace", EntityType.ORG, "Korvin Aerospace")
                .entity("ka-50", EntityType.PRODUCT, "KA-50");

        assertThat(triples(fixture)).contains("PRODUCED_BY rx-7 valdor-dynamics", "PRODUCED_BY ka-50 korvin-aerospace");
    }
}

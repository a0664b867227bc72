package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RelationSiteNounFinderTest {
    @Test
    void aStatesLargestPortIsTheOnePortTheTextNamesAndStandsInTheState() {
        RelationFixture fixture = RelationFixture.of(
                        "Acme bought a stake in Ruritania 's largest port . The Klow Port has four berths .")
                .entity("acme", EntityType.ORG, "Acme")
                .entity("ruritania", EntityType.GPE, "Ruritania")
                .entity("klow-port", EntityType.FAC, "Klow Port")
                .tag("largest", "JJS");

        assertThat(fixture.triples()).contains("LOCATED_IN klow-port ruritania");
    }

    @Test
    void aStatesPortIsNoneWhereTheTextNamesTwoPorts() {
        RelationFixture fixture = RelationFixture.of(
                        "Acme bought a stake in Ruritania 's largest port . The Klow Port and Varna Port grew .")
                .entity("acme", EntityType.ORG, "Acme")
                .entity("ruritania", EntityType.GPE, "Ruritania")
                .entities(EntityType.FAC, "Klow Port", "Varna Port")
                .tag("largest", "JJS");

        assertThat(fixture.triples()).isEmpty();
    }

    @Test
    void theStatesOfAnAccordForTheRailwayProjectArePartnersOfTheRailway() {
        RelationFixture fixture = RelationFixture.of("Work follows an agreement among Ruritania , Borduria , and"
                        + " Syldavia , signed in May , to facilitate the railway project . The Klow-Varna railway"
                        + " opens in 2030 .")
                .entities(EntityType.GPE, "Ruritania", "Borduria", "Syldavia")
                .entity("klow-varna-railway", EntityType.FAC, "Klow-Varna railway");

        assertThat(fixture.triples())
                .containsExactlyInAnyOrder(
                        "PARTNER klow-varna-railway ruritania",
                        "PARTNER klow-varna-railway borduria",
                        "PARTNER klow-varna-railway syldavia");
    }

    @Test
    void anAccordWithNoPurposeNamesNoSite() {
        RelationFixture fixture = RelationFixture.of(
                        "An agreement between Ruritania and Borduria was signed near the Klow Dam .")
                .entities(EntityType.GPE, "Ruritania", "Borduria")
                .entity("klow-dam", EntityType.FAC, "Klow Dam");

        assertThat(fixture.triples()).isEmpty();
    }

    @Test
    void theGovernmentOfAStateInAProfileLineIsItsGovernment() {
        RelationFixture fixture = RelationFixture.of(
                        "Name : Lakeside Port \n Developer(s) : The Government of Ruritania \n Cost : 5 million .")
                .entity("lakeside", EntityType.FAC, "Lakeside Port")
                .entity("ruritania", EntityType.GPE, "Ruritania")
                .entity("ruritania-government", EntityType.ORG, "Ruritania government", "Ruritanian Government");

        assertThat(fixture.triples()).containsExactly("PARTNER lakeside ruritania-government");
    }
}

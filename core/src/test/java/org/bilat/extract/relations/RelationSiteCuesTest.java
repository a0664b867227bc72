package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RelationSiteCuesTest {
    @Test
    void aSeaNamedBeforeAPortOfATownHoldsThePort() {
        RelationFixture fixture = RelationFixture.of("Acme won the tender for the Amber Sea port of Klow .")
                .entity("acme", EntityType.ORG, "Acme")
                .entity("amber-sea", EntityType.LOC, "Amber Sea")
                .entity("klow-port", EntityType.FAC, "port of Klow")
                .entity("klow", EntityType.GPE, "Klow");

        assertThat(fixture.triples()).contains("LOCATED_IN klow-port amber-sea");
    }

    @Test
    void aNationalityBeforeAPortOfATownPlacesThePortInTheState() {
        RelationFixture fixture = RelationFixture.of("Ships reached the Georgian port of Klow .")
                .entity("georgia", EntityType.GPE, "Georgia")
                .entity("klow-port", EntityType.FAC, "port of Klow")
                .tag("Georgian", "JJ");

        assertThat(fixture.triples()).contains("LOCATED_IN klow-port georgia");
    }

    @Test
    void aPlaceBeforeASiteNotNamedForItsKindSaysNothing() {
        RelationFixture fixture = RelationFixture.of("Ruritania Acme Works grew .")
                .entity("ruritania", EntityType.GPE, "Ruritania")
                .entity("acme-works", EntityType.FAC, "Acme Works");

        assertThat(fixture.triples()).doesNotContain("LOCATED_IN acme-works ruritania");
    }

    @Test
    void aSiteOnTheCoastOfASeaIsByTheSea() {
        RelationFixture fixture = RelationFixture.of(
                        "The Lakeside Plant is located on the northern coast of the Amber" + " Sea .")
                .entity("lakeside-plant", EntityType.FAC, "Lakeside Plant")
                .entity("amber-sea", EntityType.LOC, "Amber Sea");

        assertThat(fixture.triples()).containsExactly("LOCATED_IN lakeside-plant amber-sea");
    }

    @Test
    void aSiteDescribedAsAProjectInARegionIsThere() {
        RelationFixture fixture = RelationFixture.of(
                        "They use the Klow Railway , the largest foreign infrastructure project in East Lakeland .")
                .entity("klow-railway", EntityType.FAC, "Klow Railway")
                .entity("east-lakeland", EntityType.LOC, "East Lakeland");

        assertThat(fixture.triples()).containsExactly("LOCATED_IN klow-railway east-lakeland");
    }

    @Test
    void aStakeInASiteAwardedToAConsortiumMakesItsLeaderAPartner() {
        RelationFixture fixture = RelationFixture.of("Borduria awarded a 49 percent stake in the future Amber Sea port"
                        + " of Klow to a consortium led by state-owned Acme Harbour .")
                .entity("borduria", EntityType.GPE, "Borduria")
                .entity("amber-sea", EntityType.LOC, "Amber Sea")
                .entity("klow-port", EntityType.FAC, "port of Klow")
                .entity("acme-harbour", EntityType.ORG, "Acme Harbour");

        assertThat(fixture.triples()).contains("PARTNER klow-port acme-harbour", "LOCATED_IN klow-port amber-sea");
    }

    @Test
    void aFormationNamedAfterItsForceBelongsToIt() {
        RelationFixture fixture = RelationFixture.of("Soldiers of the RAF 5th Lancer Brigade arrived .")
                .entity("raf", EntityType.ORG, "RAF")
                .entity("fifth-brigade", EntityType.ORG, "5th Lancer Brigade");

        assertThat(fixture.triples()).containsExactly("PART_OF fifth-brigade raf");
    }

    @Test
    void twoBodiesSideBySideWithoutANumberAreNotParts() {
        RelationFixture fixture = RelationFixture.of("Staff of the RAF Lancer Brigade arrived .")
                .entity("raf", EntityType.ORG, "RAF")
                .entity("brigade", EntityType.ORG, "Lancer Brigade");

        assertThat(fixture.triples()).isEmpty();
    }

    @Test
    void aBodyNamedForItsWorksStandsInThePlaceAfterIt() {
        RelationFixture fixture = RelationFixture.of(
                        "Orders went to the Klow Tool Plant in Varna and Acme Bank in" + " Varna .")
                .entities(EntityType.ORG, "Klow Tool Plant", "Acme Bank")
                .entity("varna", EntityType.GPE, "Varna");

        assertThat(fixture.triples()).containsExactly("LOCATED_IN klow-tool-plant varna");
    }

    @Test
    void anOrganisationThatIncludesStatesHasThemAsMembers() {
        RelationFixture fixture = RelationFixture.of(
                        "They met at the Lakes Union , which includes Ruritania , Borduria and Syldavia .")
                .entity("lakes-union", EntityType.ORG, "Lakes Union")
                .entities(EntityType.GPE, "Ruritania", "Borduria", "Syldavia");

        assertThat(fixture.triples()).contains("MEMBER_OF ruritania lakes-union");
    }
}

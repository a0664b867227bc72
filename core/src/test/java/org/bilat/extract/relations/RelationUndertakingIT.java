package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RelationUndertakingIT {
    @Test
    void aBodyThatWinsAContractToBuildASiteIsItsPartner() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Acme Works signed a contract to build the Lakeside Dam. Beta Holding won a contract for the"
                                + " construction of the Klow Bridge.")
                .entity("acme-works", EntityType.ORG, "Acme Works")
                .entity("lakeside-dam", EntityType.FAC, "Lakeside Dam")
                .entity("beta-holding", EntityType.ORG, "Beta Holding")
                .entity("klow-bridge", EntityType.FAC, "Klow Bridge");

        assertThat(fixture.triples()).contains("PARTNER lakeside-dam acme-works", "PARTNER klow-bridge beta-holding");
    }

    @Test
    void eachOfTwoCoordinatedBuildersIsAPartner() {
        RelationFixture fixture = RelationFixture.parsed("Acme Works and Beta Holding will build the Lakeside Dam.")
                .entities(EntityType.ORG, "Acme Works", "Beta Holding")
                .entity("lakeside-dam", EntityType.FAC, "Lakeside Dam");

        assertThat(fixture.triples()).contains("PARTNER lakeside-dam acme-works", "PARTNER lakeside-dam beta-holding");
    }

    @Test
    void aSiteThatLiesInAPlaceIsThere() {
        RelationFixture fixture = RelationFixture.parsed("The Lakeside Dam lies in the Varna Province.")
                .entity("lakeside-dam", EntityType.FAC, "Lakeside Dam")
                .entity("varna-province", EntityType.GPE, "Varna Province");

        assertThat(fixture.triples()).contains("LOCATED_IN lakeside-dam varna-province");
    }

    @Test
    void aStateBesideOtherMembersOfAnOrganisationIsAMember() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Ruritania and other members of the Lakes Union rejected the plan.")
                .entity("ruritania", EntityType.GPE, "Ruritania")
                .entity("lakes-union", EntityType.ORG, "Lakes Union");

        assertThat(fixture.triples()).contains("MEMBER_OF ruritania lakes-union");
    }
}

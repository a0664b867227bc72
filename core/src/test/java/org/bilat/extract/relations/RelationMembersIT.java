package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RelationMembersIT {
    @Test
    void readsMembersAroundTheNounMember() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Ruritania and Borduria are members of the Lakes Union. Syldavia, a member of the Lakes Union"
                                + " since 2004, sent a delegation. Officials of Lakes Union member Carpania attended.")
                .entity("lakes-union", EntityType.ORG, "Lakes Union")
                .entities(EntityType.GPE, "Ruritania", "Borduria", "Syldavia", "Carpania");

        assertThat(fixture.triples())
                .contains(
                        "MEMBER_OF ruritania lakes-union",
                        "MEMBER_OF borduria lakes-union",
                        "MEMBER_OF syldavia lakes-union",
                        "MEMBER_OF carpania lakes-union");
    }

    @Test
    void readsTheMembersAnOrganisationsMemberStatesInclude() {
        RelationFixture fixture = RelationFixture.parsed(
                        "The Lakes Union's member states include Ruritania and Borduria. Syldavia became a full member"
                                + " of the Lakes Union in 2011.")
                .entity("lakes-union", EntityType.ORG, "Lakes Union")
                .entities(EntityType.GPE, "Ruritania", "Borduria", "Syldavia");

        assertThat(fixture.triples())
                .contains(
                        "MEMBER_OF ruritania lakes-union",
                        "MEMBER_OF borduria lakes-union",
                        "MEMBER_OF syldavia lakes-union");
    }

    @Test
    void leavesFormerAndDeniedMembershipsOut() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Ruritania is not a member of the Lakes Union. Borduria, a former member of the Lakes Union,"
                                + " wants to join the Lakes Union again.")
                .entity("lakes-union", EntityType.ORG, "Lakes Union")
                .entities(EntityType.GPE, "Ruritania", "Borduria");

        assertThat(fixture.triples()).isEmpty();
    }

    @Test
    void makesWhoJoinsAnOrganisationItsMemberAndAProgrammeItsPartner() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Ruritania and Borduria joined the Lakes Union in 2015. In 2019 Syldavia joined the Silver Road"
                                + " Initiative, and Carpania participates in the Silver Road Initiative too.")
                .entity("lakes-union", EntityType.ORG, "Lakes Union")
                .entity("silver-road", EntityType.PROGRAM, "Silver Road Initiative")
                .entities(EntityType.GPE, "Ruritania", "Borduria", "Syldavia", "Carpania");

        assertThat(fixture.triples())
                .contains(
                        "MEMBER_OF ruritania lakes-union",
                        "MEMBER_OF borduria lakes-union",
                        "PARTNER silver-road syldavia",
                        "PARTNER silver-road carpania");
    }

    @Test
    void eachStateOfAnAdmissionJoinsTheOrganisation() {
        RelationFixture fixture = RelationFixture.parsed(
                        "The admission of Ruritania, Borduria and Syldavia into the Lakes Union came in 1999.")
                .entity("lakes-union", EntityType.ORG, "Lakes Union")
                .entities(EntityType.GPE, "Ruritania", "Borduria", "Syldavia");

        assertThat(fixture.triples())
                .contains(
                        "MEMBER_OF ruritania lakes-union",
                        "MEMBER_OF borduria lakes-union",
                        "MEMBER_OF syldavia lakes-union");
    }

    @Test
    void readsTheNamesAVerbTakesAsMembers() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Ruritania and Borduria were admitted as full members of the Lakes Union in May. Today the"
                                + " Lakes Union has Syldavia and Carpania as members.")
                .entity("lakes-union", EntityType.ORG, "Lakes Union")
                .entities(EntityType.GPE, "Ruritania", "Borduria", "Syldavia", "Carpania");

        assertThat(fixture.triples())
                .contains(
                        "MEMBER_OF ruritania lakes-union",
                        "MEMBER_OF borduria lakes-union",
                        "MEMBER_OF syldavia lakes-union",
                        "MEMBER_OF carpania lakes-union");
    }
}

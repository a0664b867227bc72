package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RelationProjectPartnersIT {
    @Test
    void makesContractorsLendersAndInvestorsOfASiteItsPartners() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Beta Corp is the main contractor of the Lakeside Port. Acme Bank provided a USD 300 million"
                                + " loan for the construction of the Lakeside Port. Gamma Holding invested USD 50 million"
                                + " in the Klow Bridge, and Delta Group acquired a 20 percent stake in the Klow Bridge.")
                .entities(EntityType.ORG, "Beta Corp", "Acme Bank", "Gamma Holding", "Delta Group")
                .entities(EntityType.FAC, "Lakeside Port", "Klow Bridge");

        assertThat(fixture.triples())
                .contains(
                        "PARTNER lakeside-port beta-corp",
                        "PARTNER lakeside-port acme-bank",
                        "PARTNER klow-bridge gamma-holding",
                        "PARTNER klow-bridge delta-group");
    }

    @Test
    void makesTheLenderNamedAfterTheLoanAPartner() {
        RelationFixture fixture = RelationFixture.parsed(
                        "The highway is financed by a loan from Acme Bank for the Klow Highway project.")
                .entity("acme-bank", EntityType.ORG, "Acme Bank")
                .entity("klow-highway", EntityType.FAC, "Klow Highway");

        assertThat(fixture.triples()).contains("PARTNER klow-highway acme-bank");
    }

    @Test
    void placesNoSiteInTheTownABearingIsTakenFrom() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Name: Lakeside Port\nLocation: Dbar coast, 12 kilometres west of Klow City\nCost: USD 5 million")
                .entity("lakeside-port", EntityType.FAC, "Lakeside Port")
                .entity("klow", EntityType.GPE, "Klow City");

        assertThat(fixture.triples()).doesNotContain("LOCATED_IN lakeside-port klow");
    }
}

package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

/** The founders a joint venture is said to be "between" or "of", however many the list holds. */
class RelationVentureFoundersIT {
    @Test
    void makesEachListedFounderOfAJointVentureItsPartner() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Klow Steel, a joint venture between Acme Group, Beta Holding and Ruritania's Gamma Mining,"
                                + " opened in May. Lakeside Motors is a joint venture of Delta Works and its parent"
                                + " Omega Corp.")
                .entity("klow-steel", EntityType.ORG, "Klow Steel")
                .entity("acme", EntityType.ORG, "Acme Group")
                .entity("beta", EntityType.ORG, "Beta Holding")
                .entity("gamma", EntityType.ORG, "Gamma Mining")
                .entity("ruritania", EntityType.GPE, "Ruritania")
                .entity("lakeside-motors", EntityType.ORG, "Lakeside Motors")
                .entity("delta", EntityType.ORG, "Delta Works")
                .entity("omega", EntityType.ORG, "Omega Corp");

        assertThat(fixture.triples())
                .contains(
                        "PARTNER klow-steel acme",
                        "PARTNER klow-steel beta",
                        "PARTNER klow-steel gamma",
                        "PARTNER lakeside-motors delta",
                        "PARTNER lakeside-motors omega")
                .doesNotContain("PARTNER klow-steel ruritania");
    }

    @Test
    void leavesAPlannedVentureAlone() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Klow Steel, a planned joint venture between Acme Group and Beta Holding, needs a loan.")
                .entity("klow-steel", EntityType.ORG, "Klow Steel")
                .entity("acme", EntityType.ORG, "Acme Group")
                .entity("beta", EntityType.ORG, "Beta Holding");

        assertThat(fixture.triples()).doesNotContain("PARTNER klow-steel acme", "PARTNER klow-steel beta");
    }
}

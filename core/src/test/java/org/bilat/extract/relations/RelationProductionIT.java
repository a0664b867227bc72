package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RelationProductionIT {
    @Test
    void findsTheMakerAfterTheNounOfMaking() {
        RelationFixture fixture = RelationFixture.parsed(
                        "The development of the Falcon-7 rocket system by Acme Works took four years. Beta Aerospace's production of the Hawk-2 drone began in 2015.")
                .entity("falcon-7", EntityType.PRODUCT, "Falcon-7")
                .entity("hawk-2", EntityType.PRODUCT, "Hawk-2")
                .entity("acme-works", EntityType.ORG, "Acme Works")
                .entity("beta-aerospace", EntityType.ORG, "Beta Aerospace");

        assertThat(fixture.triples()).contains("PRODUCED_BY falcon-7 acme-works", "PRODUCED_BY hawk-2 beta-aerospace");
    }

    @Test
    void findsACompanyThatMastersProductionOrOwnsTheProduct() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Within two years Gamma Motors had mastered the serial production of the upgraded Falcon-7M"
                                + " launcher. The army tested Acme Holding's Hawk-2 drone in May.")
                .entity("falcon-7m", EntityType.PRODUCT, "Falcon-7M")
                .entity("hawk-2", EntityType.PRODUCT, "Hawk-2")
                .entity("gamma-motors", EntityType.ORG, "Gamma Motors")
                .entity("acme-holding", EntityType.ORG, "Acme Holding");

        assertThat(fixture.triples()).contains("PRODUCED_BY falcon-7m gamma-motors", "PRODUCED_BY hawk-2 acme-holding");
    }
}

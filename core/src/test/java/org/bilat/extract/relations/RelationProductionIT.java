package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RelationProductionIT {
    @Test
    void findsTheMakerAfterTheNounOfMaking() {
        RelationFixture fixture = RelationFixture.parsed(
                        "The development of the Falcon-7 rocket system by Acme Works took four years. Beta Aerospace's production of the Hawk-2 drone began in 2015.")
                .entities(EntityType.PRODUCT, "Falcon-7", "Hawk-2")
                .entities(EntityType.ORG, "Acme Works", "Beta Aerospace");

        assertThat(fixture.triples()).contains("PRODUCED_BY falcon-7 acme-works", "PRODUCED_BY hawk-2 beta-aerospace");
    }

    @Test
    void findsACompanyThatMastersProductionOrOwnsTheProduct() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Within two years Gamma Motors had mastered the serial production of the upgraded Falcon-7M"
                                + " launcher. The army tested Acme Holding's Hawk-2 drone in May.")
                .entities(EntityType.PRODUCT, "Falcon-7M", "Hawk-2")
                .entities(EntityType.ORG, "Gamma Motors", "Acme Holding");

        assertThat(fixture.triples()).contains("PRODUCED_BY falcon-7m gamma-motors", "PRODUCED_BY hawk-2 acme-holding");
    }
}

package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RelationVersionFinderTest {
    @Test
    void aVersionOfAProductComesFromItsMaker() {
        RelationFixture fixture = RelationFixture.of("The contract with Acme Arms provides for the purchase of 40"
                        + " Falcon-7 howitzers and its export version Falcon-7E .")
                .entity("acme-arms", EntityType.ORG, "Acme Arms")
                .entities(EntityType.PRODUCT, "Falcon-7", "Falcon-7E");

        assertThat(fixture.triples())
                .containsExactlyInAnyOrder("PRODUCED_BY falcon-7 acme-arms", "PRODUCED_BY falcon-7e acme-arms");
    }

    @Test
    void aVersionOfAProductWithNoKnownMakerHasNone() {
        RelationFixture fixture = RelationFixture.of(
                        "Ruritania bought 40 Falcon-7 howitzers and its export version" + " Falcon-7E .")
                .entity("ruritania", EntityType.GPE, "Ruritania")
                .entities(EntityType.PRODUCT, "Falcon-7", "Falcon-7E");

        assertThat(fixture.triples()).isEmpty();
    }
}

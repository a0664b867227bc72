package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RelationBackerFinderTest {
    @Test
    void investorsListedAfterASiteAreItsPartnersWithTheStateBesideThem() {
        RelationFixture fixture = RelationFixture.of("Gas comes from the Lakeside Field , which will cost Ruritania"
                        + " and investors , including Acme , Beta and Gamma , USD 3 billion .")
                .entity("lakeside-field", EntityType.FAC, "Lakeside Field")
                .entity("ruritania", EntityType.GPE, "Ruritania")
                .entities(EntityType.ORG, "Acme", "Beta", "Gamma");

        assertThat(fixture.triples())
                .containsExactlyInAnyOrder(
                        "PARTNER lakeside-field ruritania",
                        "PARTNER lakeside-field acme",
                        "PARTNER lakeside-field beta",
                        "PARTNER lakeside-field gamma");
    }

    @Test
    void investorsWithoutASiteInTheSentenceBackNothing() {
        RelationFixture fixture = RelationFixture.of("Investors , including Acme and Beta , left Ruritania .")
                .entity("ruritania", EntityType.GPE, "Ruritania")
                .entities(EntityType.ORG, "Acme", "Beta");

        assertThat(fixture.triples()).isEmpty();
    }
}

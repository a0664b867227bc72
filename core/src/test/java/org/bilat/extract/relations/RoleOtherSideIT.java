package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RoleOtherSideIT {
    @Test
    void placesAVisitorInTheOtherOfTheDocumentsTwoStates() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Chile and Peru signed a trade deal. Chile will export grain to Peru."
                                + " Chile and Peru will trade machines. President Anton Kessel went to Peru in May.")
                .entities(EntityType.GPE, "Chile", "Peru")
                .entity("kessel", EntityType.PERSON, "Anton Kessel");

        assertThat(fixture.triples()).contains("ROLE kessel chile").doesNotContain("ROLE kessel peru");
    }

    @Test
    void leavesAPostUnplacedWhereTheSentenceNamesNoStateAcross() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Chile and Peru signed a trade deal. Chile will export grain to Peru."
                                + " Chile and Peru will trade machines. President Anton Kessel spoke in Klow in May.")
                .entities(EntityType.GPE, "Chile", "Peru", "Klow")
                .entity("kessel", EntityType.PERSON, "Anton Kessel");

        assertThat(fixture.triples()).noneMatch(t -> t.startsWith("ROLE kessel"));
    }
}

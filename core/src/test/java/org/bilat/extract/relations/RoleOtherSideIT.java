package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RoleOtherSideIT {
    @Test
    void placesAVisitorInTheOtherOfTheDocumentsTwoStates() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Ruritania and Borduria signed a trade deal. Ruritania will export grain to Borduria."
                                + " Borduria will send machines. President Anton Kessel went to Borduria in May.")
                .entity("ruritania", EntityType.GPE, "Ruritania")
                .entity("borduria", EntityType.GPE, "Borduria")
                .entity("kessel", EntityType.PERSON, "Anton Kessel");

        assertThat(fixture.triples()).contains("ROLE kessel ruritania").doesNotContain("ROLE kessel borduria");
    }

    @Test
    void leavesAPostUnplacedWhereTheSentenceNamesNoStateAcross() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Ruritania and Borduria signed a trade deal. Ruritania will export grain to Borduria."
                                + " Borduria will send machines. President Anton Kessel spoke in Klow in May.")
                .entity("ruritania", EntityType.GPE, "Ruritania")
                .entity("borduria", EntityType.GPE, "Borduria")
                .entity("klow", EntityType.GPE, "Klow")
                .entity("kessel", EntityType.PERSON, "Anton Kessel");

        assertThat(fixture.triples()).noneMatch(t -> t.startsWith("ROLE kessel"));
    }
}

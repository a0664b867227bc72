package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RelationLeaderIT {
    @Test
    void findsPostsThatAVerbOfLeadingStates() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Anton Kessel, who heads Acme Bank, attended the talks. Mari Kask chairs the Lakes Council."
                                + " Beta Holding, headed by Ivo Marek, signed too.")
                .entity("kessel", EntityType.PERSON, "Anton Kessel")
                .entity("kask", EntityType.PERSON, "Mari Kask")
                .entity("marek", EntityType.PERSON, "Ivo Marek")
                .entities(EntityType.ORG, "Acme Bank", "Lakes Council", "Beta Holding");

        assertThat(fixture.triples())
                .contains("ROLE kessel acme-bank", "ROLE kask lakes-council", "ROLE marek beta-holding");
    }

    @Test
    void placesTheLeaderOfADelegationInTheBodyThatSentIt() {
        RelationFixture fixture = RelationFixture.parsed(
                        "In May a delegation of the Ruritanian Ministry of Trade, led by Anton Kessel, arrived in"
                                + " Klow.")
                .entity("kessel", EntityType.PERSON, "Anton Kessel")
                .entity("ministry", EntityType.ORG, "Ruritanian Ministry of Trade")
                .entity("klow", EntityType.GPE, "Klow");

        assertThat(fixture.triples()).contains("ROLE kessel ministry");
    }
}

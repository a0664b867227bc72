package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RelationCompanyPlaceIT {
    @Test
    void placesACompanyDescribedThroughItsStatesPossessive() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Acme Steel, Ruritania's largest steelmaker, signed a deal with the Bordurian Ministry of"
                                + " Trade, Borduria's main trade body.")
                .entity("acme-steel", EntityType.ORG, "Acme Steel")
                .entity("ruritania", EntityType.GPE, "Ruritania")
                .entity("borduria", EntityType.GPE, "Borduria")
                .entity("bordurian-ministry-of-trade", EntityType.ORG, "Bordurian Ministry of Trade");

        assertThat(fixture.triples())
                .contains("LOCATED_IN acme-steel ruritania")
                .doesNotContain("LOCATED_IN bordurian-ministry-of-trade borduria");
    }
}

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
                .entities(EntityType.GPE, "Ruritania", "Borduria")
                .entity("bordurian-ministry-of-trade", EntityType.ORG, "Bordurian Ministry of Trade");

        assertThat(fixture.triples())
                .contains("LOCATED_IN acme-steel ruritania")
                .doesNotContain("LOCATED_IN bordurian-ministry-of-trade borduria");
    }

    @Test
    void placesACompanyItsAppositionCallsAFirmOfAState() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Acme Lines, one of Ruritania's leading container shippers, sold the stake to Vulcan Group,"
                                + " the largest terminal operator in Borduria.")
                .entity("acme", EntityType.ORG, "Acme Lines")
                .entity("vulcan", EntityType.ORG, "Vulcan Group")
                .entities(EntityType.GPE, "Ruritania", "Borduria");

        assertThat(fixture.triples()).contains("LOCATED_IN acme ruritania", "LOCATED_IN vulcan borduria");
    }

    @Test
    void aPlaceNamedBeforeABodyDoesNotCarryToTheBodiesListedWithIt() {
        RelationFixture fixture = RelationFixture.parsed(
                        "The deal joined Vulcan Group and Klow-based Acme Steel, while Ruritania's Zenith Steel and"
                                + " Delta Lines looked on.")
                .entity("acme", EntityType.ORG, "Acme Steel")
                .entity("vulcan", EntityType.ORG, "Vulcan Group")
                .entity("zenith", EntityType.ORG, "Zenith Steel")
                .entity("delta", EntityType.ORG, "Delta Lines")
                .entities(EntityType.GPE, "Klow", "Ruritania");

        assertThat(fixture.triples())
                .contains("LOCATED_IN acme klow", "LOCATED_IN zenith ruritania")
                .doesNotContain("LOCATED_IN vulcan klow", "LOCATED_IN delta ruritania");
    }
}

package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

/** Companies said to come from a state, parents of subsidiaries, and makers a participle does not name. */
class RelationFirmStatesIT {
    @Test
    void placesACompanySaidToComeFromAState() {
        RelationFixture fixture = RelationFixture.parsed("The plant was financed by Delta Ceramics from Syldavia.")
                .entity("syldavia", EntityType.GPE, "Syldavia")
                .entity("delta", EntityType.ORG, "Delta Ceramics");

        assertThat(fixture.triples()).contains("LOCATED_IN delta syldavia");
    }

    @Test
    void takesNoMakerForAParticipleBeforeItsNoun() {
        RelationFixture fixture = RelationFixture.parsed(
                        "The Klow Herald reported that two of the already assembled Falcon-7 howitzers arrived.")
                .entity("herald", EntityType.ORG, "Klow Herald")
                .entity("falcon", EntityType.PRODUCT, "Falcon-7 howitzers", "Falcon-7");

        assertThat(fixture.triples()).doesNotContain("PRODUCED_BY falcon herald");
    }

    @Test
    void makesAWhollyOwnedSubsidiaryPartOfItsParent() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Lakeside Dairy Ltd., a wholly owned subsidiary of Omega Foods Group, built the factory.")
                .entity("lakeside-dairy", EntityType.ORG, "Lakeside Dairy Ltd.")
                .entity("omega", EntityType.ORG, "Omega Foods Group");

        assertThat(fixture.triples()).contains("PART_OF lakeside-dairy omega");
    }
}

package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

/** A post with no state written: which state of its sentence it takes, and which it leaves. */
class RoleUnclaimedStateIT {
    @Test
    void leavesAStateAnotherPostClaimsToThatPost() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Ruritania and Borduria held talks. Foreign Minister Anton Kessel met Borduria's Trade Minister"
                                + " Lena Varga in Klow. Ruritania welcomed the visit, and Ruritania will send a mission."
                                + " Ruritania hopes for more trade.")
                .entities(EntityType.GPE, "Ruritania", "Borduria")
                .entities(EntityType.PERSON, "Anton Kessel", "Lena Varga");

        assertThat(fixture.triples()).contains("ROLE lena-varga borduria").doesNotContain("ROLE anton-kessel borduria");
    }

    @Test
    void readsTheBodyOfAPostPastALowerCaseAdjective() {
        RelationFixture fixture = RelationFixture.parsed(
                        "The deputy director of the regional Water Authority Lena Varga opened the dam.")
                .entity("water-authority", EntityType.ORG, "Water Authority")
                .entity("lena-varga", EntityType.PERSON, "Lena Varga");

        assertThat(fixture.triples()).contains("ROLE lena-varga water-authority");
    }
}

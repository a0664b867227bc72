package org.bilat.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LadderTest {
    private final Ladder ladder = Ladder.load();

    @Test
    void aLabelTakesTheHighestRungItsModifiersReach() {
        assertThat(ladder.rank("partnership", Ladder.words("strategic partnership")))
                .hasValue(3);
        assertThat(ladder.rank("partnership", Ladder.words("comprehensive strategic partnership")))
                .hasValue(5);
        assertThat(ladder.rank("partnership", Ladder.words("all-round strategic partnership")))
                .hasValue(6);
        assertThat(ladder.rank("partnership", Ladder.words("all-weather comprehensive strategic partnership")))
                .hasValue(7);
    }

    @Test
    void informalNamesAndAlliesStandOnTheirRungs() {
        assertThat(ladder.rank("brother", Ladder.words("iron brothers"))).hasValue(7);
        assertThat(ladder.rank("ally", Ladder.words("closest ally"))).hasValue(8);
        assertThat(ladder.needsNoModifier("ally")).isTrue();
        assertThat(ladder.needsNoModifier("partnership")).isFalse();
    }

    @Test
    void aHeadWithoutALadderModifierIsNoLevel() {
        assertThat(ladder.rank("partnership", Ladder.words("fruitful partnership")))
                .isEmpty();
        assertThat(ladder.rank("relation", Ladder.words("excellent relations"))).isEmpty();
        assertThat(ladder.rank("brother", Ladder.words("brothers"))).isEmpty();
    }

    @Test
    void hyphensCountAsSpaces() {
        assertThat(Ladder.words("All-Weather  partnership")).containsExactlyInAnyOrder("all", "weather", "partnership");
    }
}

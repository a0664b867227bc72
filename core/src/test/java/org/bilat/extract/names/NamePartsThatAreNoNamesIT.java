package org.bilat.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.junit.jupiter.api.Test;

/**
 * Words next to a name that belong to something else: a post's field or title, a firm's purpose, a compass point, a sea,
 * a sum of money.
 */
class NamePartsThatAreNoNamesIT {
    private static final String TEXT = """
            Energy and Mining Secretary Ivo Tamm and Home Affairs Secretary Jan Kask signed the accords in Klow.
            The ministry confirmed the order with Dbar Avionics Limited for the Storm Falcon DX7 variant.
            The fair showed rice paddies in NE Poland's Orsk province.
            The tanker sank in the Sea of Japan last week.
            State Councilor Ivo Horvat granted a loan of CNY700 million to Borduria.""";

    private static List<Mention> mentions() {
        return NameFixture.mentions(TEXT);
    }

    private static boolean has(List<Mention> mentions, String text) {
        return mentions.stream().anyMatch(m -> m.text().equals(text));
    }

    @Test
    void dropsTheFieldOfAPostWrittenBeforeItsTitle() {
        List<Mention> mentions = mentions();

        assertThat(mentions)
                .noneMatch(m -> m.text().contains("Energy")
                        || m.text().contains("Mining")
                        || m.text().contains("Home Affairs"));
        assertThat(NameFixture.typesOf(mentions, "Ivo Tamm")).containsExactly(EntityType.PERSON);
        assertThat(NameFixture.typesOf(mentions, "Jan Kask")).containsExactly(EntityType.PERSON);
    }

    @Test
    void endsAFirmsNameAtItsLegalForm() {
        List<Mention> mentions = mentions();

        assertThat(NameFixture.typesOf(mentions, "Dbar Avionics Limited")).containsExactly(EntityType.ORG);
        assertThat(mentions).noneMatch(m -> m.text().contains("Limited for"));
    }

    @Test
    void leavesAnAbbreviatedCompassPointOutOfAPlace() {
        List<Mention> mentions = mentions();

        assertThat(NameFixture.typesOf(mentions, "Poland")).containsExactly(EntityType.GPE);
        assertThat(mentions).noneMatch(m -> m.text().startsWith("NE"));
    }

    @Test
    void findsNoCountryInsideTheNameOfASea() {
        List<Mention> mentions = mentions();

        assertThat(NameFixture.typesOf(mentions, "Sea of Japan")).containsExactly(EntityType.LOC);
        assertThat(has(mentions, "Japan")).isFalse();
    }

    @Test
    void dropsTheWordsOfATitleBeforeItsHead() {
        List<Mention> mentions = mentions();

        assertThat(has(mentions, "State")).isFalse();
        assertThat(mentions).anyMatch(m -> m.text().endsWith("Ivo Horvat") && m.type() == EntityType.PERSON);
    }

    @Test
    void readsACurrencyGluedToItsAmountAsNoModel() {
        List<Mention> mentions = mentions();

        assertThat(has(mentions, "CNY700")).isFalse();
    }
}

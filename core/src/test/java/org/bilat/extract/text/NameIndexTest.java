package org.bilat.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameIndexTest {
    private final NameIndex<String> index = new NameIndex<>();

    @Test
    void findsANameWhateverItsCaseAccentsDashesAndLeadingThe() {
        index.add("Guinea-Bissau", "GW");
        index.add("Côte d’Ivoire", "CI");

        assertThat(index.find("the GUINEA–BISSAU")).contains("GW");
        assertThat(index.find("Cote d'Ivoire")).contains("CI");
    }

    @Test
    void keepsTheCaseOfShortAcronymsOnly() {
        index.add("WHO", "who");
        index.add("NATO", "nato");

        assertThat(index.find("W.H.O.")).contains("who");
        assertThat(index.find("who")).isEmpty();
        assertThat(index.find("Nato")).contains("nato");
    }

    @Test
    void dropsDotsWithoutSplittingTheWord() {
        index.add("USSR", "su");

        assertThat(index.find("U.S.S.R.")).contains("su");
    }

    @Test
    void keepsAPlusApartFromTheNameWithoutIt() {
        index.add("Alpha Group", "alpha");
        index.add("Alpha Group+", "alpha-plus");

        assertThat(index.find("Alpha Group")).contains("alpha");
        assertThat(index.find("Alpha Group Plus")).contains("alpha-plus");
    }

    @Test
    void answersNeitherForANameTwoThingsShare() {
        index.add("Twin Town", "a");
        index.add("Twin-Town", "b");

        assertThat(index.find("Twin Town")).isEmpty();
    }
}

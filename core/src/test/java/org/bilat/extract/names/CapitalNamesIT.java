package org.bilat.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Mention;
import org.junit.jupiter.api.Test;

class CapitalNamesIT {
    @Test
    void namesACapitalInADatelineAsTheCityItIsNotAsTheCountrysFirstCapital() {
        List<Mention> mentions =
                NameFixture.mentions("COTONOU, March 3 (Xinhua) -- Benin signed a loan. Officials in KIEV agreed.");

        assertThat(mentions.stream().filter(m -> m.text().equals("COTONOU")).map(Mention::canonical))
                .containsOnly("Cotonou");
        assertThat(mentions.stream().filter(m -> m.text().equals("KIEV")).map(Mention::canonical))
                .containsOnly("Kyiv");
    }
}

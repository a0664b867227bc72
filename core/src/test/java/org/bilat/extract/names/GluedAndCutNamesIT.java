package org.bilat.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.junit.jupiter.api.Test;

class GluedAndCutNamesIT {
    private static final String TEXT = """
            Syldavia borrowed from the Export-Import Bank of Borduria-Exim Bank in May.
            A contract covers the project “Modernisation of Klowen-Dbarsk-Orskov and Orskov-Teslin” for USD 9 million.
            The old pier was built in 1990 by Acme Harbour Constru""";

    private static boolean has(List<Mention> mentions, String text) {
        return mentions.stream().anyMatch(m -> m.text().equals(text));
    }

    @Test
    void splitsANameFromItsShortFormGluedOnByAHyphen() {
        List<Mention> mentions = NameFixture.mentions(TEXT);

        assertThat(has(mentions, "Export-Import Bank of Borduria")).isTrue();
        assertThat(has(mentions, "Exim Bank")).isTrue();
        assertThat(has(mentions, "Export-Import Bank of Borduria-Exim Bank")).isFalse();
    }

    @Test
    void keepsALongQuotedTitleWholeWithTheStopsOfItsRoute() {
        List<Mention> mentions = NameFixture.mentions(TEXT);

        assertThat(mentions)
                .anyMatch(m -> m.text().contains("Modernisation of Klowen-Dbarsk-Orskov and Orskov-Teslin"));
        assertThat(NameFixture.typesOf(mentions, "Teslin")).containsOnly(EntityType.GPE);
        assertThat(NameFixture.typesOf(mentions, "Klowen")).containsOnly(EntityType.GPE);
    }

    @Test
    void dropsANameCutOffByTheEndOfTheDocument() {
        List<Mention> mentions = NameFixture.mentions(TEXT);

        assertThat(mentions).noneMatch(m -> m.text().contains("Constru"));
    }
}

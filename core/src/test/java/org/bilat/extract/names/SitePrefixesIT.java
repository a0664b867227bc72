package org.bilat.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.junit.jupiter.api.Test;

class SitePrefixesIT {
    private static final String TEXT = """
            Bordurian troops will rotate through Camp Ivan Petrenko in Klow and Naval Base Otto Kroll near Dbar.
            The jets moved between Szohod Air Base and Zileheroum Air Base last year.""";

    @Test
    void aSiteNamedAfterAPersonKeepsItsClassNoun() {
        List<Mention> mentions = NameFixture.mentions(TEXT);

        assertThat(NameFixture.typesOf(mentions, "Camp Ivan Petrenko")).containsExactly(EntityType.FAC);
        assertThat(NameFixture.typesOf(mentions, "Naval Base Otto Kroll")).containsExactly(EntityType.FAC);
        assertThat(NameFixture.typesOf(mentions, "Ivan Petrenko")).isEmpty();
    }

    @Test
    void twoSitesOfOneClassJoinedByAndAreTwoNames() {
        List<Mention> mentions = NameFixture.mentions(TEXT);

        assertThat(NameFixture.typesOf(mentions, "Szohod Air Base")).containsExactly(EntityType.FAC);
        assertThat(NameFixture.typesOf(mentions, "Zileheroum Air Base")).containsExactly(EntityType.FAC);
    }
}

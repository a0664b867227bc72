package org.bilat.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.bilat.nlp.NlpPipeline;
import org.junit.jupiter.api.Test;

class SitesAndStateBodiesIT {
    private static final String TEXT = """
            The new line will connect the following points: Klowburg-Dbarsk-Orsk.
            The Riga-Zemblov railway was electrified last year.
            Ships called at the port of Gdansk and later at Tallinn port.
            Lithuania's Foreign Ministry protested, and the U.S. government agreed.
            Estonia's Ministry of Economy replied in writing.
            The Foreign Ministers met afterwards.
            Talks between Latvia and Syldavia Export Bank ended on time.
            The Klow Harbour and Channel Engineering Group Company Limited signed the contract.
            A statement of the Poland MOD followed.
            The road crosses the Vrana Canyon near the town.""";

    private static List<Mention> mentions() {
        return EntityExtractor.create().extract(NlpPipeline.shared().annotate(TEXT));
    }

    private static boolean has(List<Mention> mentions, String text) {
        return mentions.stream().anyMatch(m -> m.text().equals(text));
    }

    private static EntityType typeOf(List<Mention> mentions, String text) {
        return mentions.stream()
                .filter(m -> m.text().equals(text))
                .findFirst()
                .orElseThrow()
                .type();
    }

    @Test
    void readsEveryStopOfARouteAsAPlace() {
        List<Mention> mentions = mentions();

        assertThat(typeOf(mentions, "Klowburg")).isEqualTo(EntityType.GPE);
        assertThat(typeOf(mentions, "Dbarsk")).isEqualTo(EntityType.GPE);
        assertThat(typeOf(mentions, "Orsk")).isEqualTo(EntityType.GPE);
    }

    @Test
    void namesARailwayAfterItsStopsAndKeepsTheStops() {
        List<Mention> mentions = mentions();

        assertThat(typeOf(mentions, "Riga-Zemblov railway")).isEqualTo(EntityType.FAC);
        assertThat(typeOf(mentions, "Zemblov")).isEqualTo(EntityType.GPE);
        assertThat(typeOf(mentions, "Riga")).isEqualTo(EntityType.GPE);
    }

    @Test
    void givesBothFormsOfAPortOneStandardName() {
        List<Mention> mentions = mentions();

        assertThat(mentions)
                .filteredOn(m -> m.text().equals("port of Gdansk") || m.text().equals("Tallinn port"))
                .extracting(Mention::canonical)
                .containsExactly("Port of Gdansk", "Port of Tallinn");
        assertThat(typeOf(mentions, "Tallinn port")).isEqualTo(EntityType.FAC);
        assertThat(has(mentions, "Tallinn")).isTrue();
    }

    @Test
    void namesABodyThroughItsStatesName() {
        List<Mention> mentions = mentions();

        assertThat(typeOf(mentions, "Lithuania's Foreign Ministry")).isEqualTo(EntityType.ORG);
        assertThat(typeOf(mentions, "Lithuania")).isEqualTo(EntityType.GPE);
        assertThat(typeOf(mentions, "U.S. government")).isEqualTo(EntityType.ORG);
        assertThat(typeOf(mentions, "Poland MOD")).isEqualTo(EntityType.ORG);
        assertThat(has(mentions, "Ministry of Economy")).isTrue();
    }

    @Test
    void dropsPostsInThePlural() {
        assertThat(has(mentions(), "Foreign Ministers")).isFalse();
    }

    @Test
    void keepsAStateApartFromTheNameAfterAnd() {
        List<Mention> mentions = mentions();

        assertThat(has(mentions, "Latvia")).isTrue();
        assertThat(mentions).noneMatch(m -> m.text().startsWith("Latvia and"));
    }

    @Test
    void keepsACompanyNameWholeThroughAndUpToItsLegalForm() {
        assertThat(typeOf(mentions(), "Klow Harbour and Channel Engineering Group Company Limited"))
                .isEqualTo(EntityType.ORG);
    }

    @Test
    void typesACanyonAsALocation() {
        assertThat(typeOf(mentions(), "Vrana Canyon")).isEqualTo(EntityType.LOC);
    }
}

package org.bilat.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.bilat.nlp.NlpPipeline;
import org.junit.jupiter.api.Test;

class NameBoundariesIT {
    private static final String TEXT = """
            The accord was welcomed by the Ruritanian Ambassador to Georgia Wei Lanfeng in a statement.
            The envoy Khalid bin Tariq al-Mansouri met Hamad al Suwaidi, and al Suwaidi said al-Shabaab was weak.
            Later President Greta von der Brelen met the rebels.
            Syldavia Harbour Corporation and Klow Dock Holding Co. signed, and Chief of the bank Mr. Ivo Pesek agreed.
            Estonian State media reported that the terminal handles 90,000 TEUs a year.
            Project Summary: planning

            Press release3 July 2031Directorate-General for Ports and Borduran Affairs4 min read
            The Klow NPP will be built by 2035.
            The Minister of Water, Forests, and Fisheries, Ivo Tamm, met the Minister of Foreign Affairs Jan Kask.""";

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
    void splitsAPersonFromTheStateOfHisTitle() {
        List<Mention> mentions = mentions();

        assertThat(typeOf(mentions, "Wei Lanfeng")).isEqualTo(EntityType.PERSON);
        assertThat(has(mentions, "Georgia Wei Lanfeng")).isFalse();
    }

    @Test
    void keepsNameParticlesInsidePersonalNames() {
        List<Mention> mentions = mentions();

        assertThat(has(mentions, "Khalid bin Tariq al-Mansouri")).isTrue();
        assertThat(has(mentions, "Hamad al Suwaidi")).isTrue();
        assertThat(has(mentions, "al Suwaidi")).isTrue();
        assertThat(has(mentions, "Greta von der Brelen")).isTrue();
        assertThat(has(mentions, "al-Shabaab")).isTrue();
    }

    @Test
    void splitsTwoCompaniesAndLeavesHonorificsOut() {
        List<Mention> mentions = mentions();

        assertThat(has(mentions, "Syldavia Harbour Corporation")).isTrue();
        assertThat(typeOf(mentions, "Klow Dock Holding Co.")).isEqualTo(EntityType.ORG);
        assertThat(has(mentions, "Ivo Pesek")).isTrue();
        assertThat(mentions).noneMatch(m -> m.text().contains("Mr."));
    }

    @Test
    void dropsLabelsAbbreviationsAndAdjectivesWithCommonNouns() {
        List<Mention> mentions = mentions();

        assertThat(has(mentions, "Project Summary")).isFalse();
        assertThat(has(mentions, "TEUs")).isFalse();
        assertThat(has(mentions, "Estonian State")).isFalse();
    }

    @Test
    void dropsTheFieldsOfAMinistersPost() {
        List<Mention> mentions = mentions();

        assertThat(mentions)
                .noneMatch(m -> m.text().contains("Forests") || m.text().contains("Fisheries"));
        assertThat(has(mentions, "Ivo Tamm")).isTrue();
        assertThat(has(mentions, "Jan Kask")).isTrue();
    }

    @Test
    void leavesGluedDigitsOutOfNames() {
        List<Mention> mentions = mentions();

        assertThat(typeOf(mentions, "Directorate-General for Ports and Borduran Affairs"))
                .isEqualTo(EntityType.ORG);
        assertThat(typeOf(mentions, "Klow NPP")).isEqualTo(EntityType.FAC);
    }
}

package org.bilat.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilat.extract.names.NameFixture.mentions;
import static org.bilat.extract.names.NameFixture.typesOf;

import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.junit.jupiter.api.Test;

/** Firms whose names CoreNLP takes for people's, and people who must stay people. */
class FirmNamesIT {
    @Test
    void readsANameAfterALowerCaseCompanyNounAsAFirm() {
        List<Mention> mentions =
                mentions("The Ruritanian state nuclear corporation Vostrakov began work on the plant in May.");
        assertThat(typesOf(mentions, "Vostrakov")).containsOnly(EntityType.ORG);
    }

    @Test
    void readsANameWithItsCountryInBracketsAsAFirm() {
        List<Mention> mentions = mentions(
                "Local subcontractors include Dravo Gradnja (Serbia) and Petar Kovac (Croatia), the ministry said.");
        assertThat(typesOf(mentions, "Petar Kovac")).containsOnly(EntityType.ORG);
    }

    @Test
    void keepsALoneSurnameWithNoTitleAPerson() {
        List<Mention> mentions = mentions("Trade grew. Kowalczyk received the delegation in the capital on Friday.");
        assertThat(typesOf(mentions, "Kowalczyk")).doesNotContain(EntityType.ORG);
    }

    @Test
    void keepsASurnameAfterATitleAPerson() {
        List<Mention> mentions = mentions(
                "Talks between Ruritania and Borduria ended on Friday. President Kowalczyk said the deal was close.");
        assertThat(typesOf(mentions, "Kowalczyk")).containsOnly(EntityType.PERSON);
    }

    @Test
    void keepsTheFamilyNameOfAPersonNamedSurnameFirstAPerson() {
        List<Mention> mentions = mentions(
                "The talks were chaired by Zhou Lihang, the senior diplomat. Later, Zhou told reporters the deal held.");
        assertThat(typesOf(mentions, "Zhou")).doesNotContain(EntityType.ORG);
    }

    @Test
    void readsACompanySuffixOfSingaporeAsAFirm() {
        List<Mention> mentions = mentions("The partners include Harbour Ocean Investment Pte. and two banks.");
        assertThat(mentions)
                .anyMatch(m -> m.text().startsWith("Harbour Ocean Investment") && m.type() == EntityType.ORG);
    }
}

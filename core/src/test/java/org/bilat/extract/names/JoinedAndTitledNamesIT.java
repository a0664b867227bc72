package org.bilat.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilat.extract.names.NameFixture.typesOf;

import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.bilat.nlp.NlpPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where "and", "&", titles, states and model codes close or keep a name. */
class JoinedAndTitledNamesIT {
    private static final String TEXT = """
            The loan was signed by Marko Horvat and Klowbank Export Bank Vice President Lin Hao on Monday.
            The second deal was signed between the KDFR and Dbar Housing Bank in the capital.
            Vostrel JSC and Klowtrans JSC are preparing two new plants.
            Dravo Shipping & Logistics, a freight company, will move its hub.
            The talks were held with the Minister of Foreign Affairs of Chile Ana Kovacic in the city.
            The loan was arranged by Petar Ilic, General Manager of Peru Mining Bank, in May.
            The parade was led by Gen Ivan Petrovic of the army.
            The navy took delivery of HMS Klowhaven last year.
            The Russian K-21 fleet is ageing, and the air force will buy K-37 and Zarya Z7 drones.""";

    private static List<Mention> mentions;

    @BeforeAll
    static void extract() {
        mentions = EntityExtractor.create().extract(NlpPipeline.shared().annotate(TEXT));
    }

    private static boolean has(String text) {
        return mentions.stream().anyMatch(m -> m.text().equals(text));
    }

    @Test
    void splitsAPersonFromTheFirmAfterAnd() {
        assertThat(typesOf(mentions, "Marko Horvat")).containsOnly(EntityType.PERSON);
        assertThat(typesOf(mentions, "Klowbank Export Bank")).containsOnly(EntityType.ORG);
    }

    @Test
    void splitsALoneAcronymFromTheNameAfterAnd() {
        assertThat(has("KDFR")).isTrue();
        assertThat(typesOf(mentions, "Dbar Housing Bank")).containsOnly(EntityType.ORG);
    }

    @Test
    void closesAFirmAtItsLegalFormBeforeAnd() {
        assertThat(has("Vostrel JSC")).isTrue();
        assertThat(has("Klowtrans JSC")).isTrue();
    }

    @Test
    void keepsTheWordsOnBothSidesOfAnAmpersandInOneName() {
        assertThat(typesOf(mentions, "Dravo Shipping & Logistics")).containsOnly(EntityType.ORG);
    }

    @Test
    void closesAStateAfterATitleAndItsPortfolioBeforeThePerson() {
        assertThat(typesOf(mentions, "Chile")).containsOnly(EntityType.GPE);
        assertThat(typesOf(mentions, "Ana Kovacic")).containsOnly(EntityType.PERSON);
    }

    @Test
    void keepsAStateThatOpensABanksNameAfterATitle() {
        assertThat(typesOf(mentions, "Peru Mining Bank")).containsOnly(EntityType.ORG);
    }

    @Test
    void leavesAnAbbreviatedRankOutOfThePersonsName() {
        assertThat(typesOf(mentions, "Ivan Petrovic")).containsOnly(EntityType.PERSON);
        assertThat(has("Gen Ivan Petrovic")).isFalse();
    }

    @Test
    void typesAShipNamedWithANavysPrefixAsAProduct() {
        assertThat(typesOf(mentions, "HMS Klowhaven")).containsOnly(EntityType.PRODUCT);
    }

    @Test
    void readsAModelCodeBeforeAUnitNounAsTheModelWithoutItsNationality() {
        assertThat(typesOf(mentions, "K-21")).containsOnly(EntityType.PRODUCT);
        assertThat(typesOf(mentions, "K-37")).containsOnly(EntityType.PRODUCT);
    }
}

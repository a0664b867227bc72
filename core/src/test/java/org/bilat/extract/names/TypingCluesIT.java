package org.bilat.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilat.extract.names.NameFixture.mentions;
import static org.bilat.extract.names.NameFixture.typesOf;

import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.junit.jupiter.api.Test;

/** Types that the words around a name, or the name's own form, decide where CoreNLP's class would mislead. */
class TypingCluesIT {
    @Test
    void readsARegionWithRegionAfterItAsAPlaceThatIsNoPoliticalUnit() {
        List<Mention> mentions = mentions("Ruritania sent 300 soldiers to the Sahel region in March.");
        assertThat(mentions).anyMatch(m -> m.text().startsWith("Sahel") && m.type() == EntityType.LOC);
    }

    @Test
    void readsACompassPartOfARegionAsARegion() {
        List<Mention> mentions = mentions("The drills were held in the Eastern Pamirs near the border with Ruritania.");
        assertThat(typesOf(mentions, "Eastern Pamirs")).containsOnly(EntityType.LOC);
    }

    @Test
    void readsAStateNameWithTheWordOfItsFormAsThePlace() {
        List<Mention> mentions = mentions("Mali bought the helicopters from the Russia Federation, the minister said.");
        assertThat(typesOf(mentions, "Russia Federation")).containsOnly(EntityType.GPE);
    }

    @Test
    void readsANameWithAProvinceNounAfterItAsAPlace() {
        List<Mention> mentions = mentions("The plant will be built in Dbar province by Acme Steel, officials said.");
        assertThat(mentions).anyMatch(m -> m.text().startsWith("Dbar") && m.type() == EntityType.GPE);
    }

    @Test
    void readsAReactorDesignAsAProduct() {
        List<Mention> mentions = mentions("The Klow plant will run two ZR-900 reactors built by Acme Atom.");
        assertThat(mentions).anyMatch(m -> m.text().startsWith("ZR-900") && m.type() == EntityType.PRODUCT);
    }

    @Test
    void dropsTheBoardOfACompanyButKeepsTheCompany() {
        List<Mention> mentions = mentions(
                "Jan Kowal, the Chairman of the Board of Directors of the Zembla Railway Company, signed the deal.");
        assertThat(mentions).noneMatch(m -> m.text().startsWith("Board"));
        assertThat(mentions).anyMatch(m -> m.text().contains("Zembla Railway Company") && m.type() == EntityType.ORG);
    }

    @Test
    void dropsANumberedUnitOfAPlant() {
        List<Mention> mentions =
                mentions("With the commissioning of Unit 2 in May, the Klow plant reached full power.");
        assertThat(mentions).noneMatch(m -> m.text().contains("Unit 2"));
    }

    @Test
    void readsANameCitedWithADateInBracketsAsThePublication() {
        List<Mention> mentions = mentions("The brigade received the launchers in 2016 (Zorbat, June 24, 2016).");
        assertThat(typesOf(mentions, "Zorbat")).containsOnly(EntityType.ORG);
    }

    @Test
    void readsTheOutletOfABylineAsAnOrganisation() {
        List<Mention> mentions =
                mentions("Anna Kell, columnist, specially for Vestnik Zorba\n\nThe talks ended in May.");
        assertThat(typesOf(mentions, "Vestnik Zorba")).containsOnly(EntityType.ORG);
    }

    @Test
    void givesABracketedAcronymTheTypeOfTheNameItFollows() {
        List<Mention> mentions =
                mentions("Acme Steel opened a plant in the Klow Industrial Park (KIP) in May. The KIP hosts 40 firms.");
        assertThat(typesOf(mentions, "KIP")).isNotEmpty().containsOnly(EntityType.FAC);
    }

    @Test
    void takesNoPlaceFromThePlanet() {
        List<Mention> mentions = mentions("The satellite was launched into Earth orbit from Ruritania in 2016.");
        assertThat(typesOf(mentions, "Earth")).isEmpty();
    }
}

package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RelationCompanyCuesTest {
    @Test
    void aBodyWithItsShortNameInBracketsBeforeATitleHoldsThePost() {
        RelationFixture fixture = RelationFixture.of("Lakeside Rail Holdings ( LRH ) Chairman Olga Vask met us .")
                .entity("lrh", EntityType.ORG, "Lakeside Rail Holdings", "LRH")
                .entity("olga-vask", EntityType.PERSON, "Olga Vask")
                .tag("met", "VBD");

        assertThat(fixture.triples()).containsExactly("ROLE olga-vask lrh");
    }

    @Test
    void aBodyBasedInAProvinceNamedThroughItsStatesPossessiveStandsInBoth() {
        RelationFixture fixture = RelationFixture.of("Acme Steel , based in Ruritania 's Lakes province , grew .")
                .entity("acme", EntityType.ORG, "Acme Steel")
                .entities(EntityType.GPE, "Ruritania", "Lakes")
                .tag("based", "VBN");

        assertThat(fixture.triples()).containsExactlyInAnyOrder("LOCATED_IN acme ruritania", "LOCATED_IN acme lakes");
    }

    @Test
    void aBodyBasedInAProvinceInAPartOfAStateStandsInBoth() {
        RelationFixture fixture = RelationFixture.of(
                        "Beta Bank , based in Varna province in eastern Ruritania , lent .")
                .entity("beta", EntityType.ORG, "Beta Bank")
                .entities(EntityType.GPE, "Ruritania", "Varna")
                .tag("based", "VBN");

        assertThat(fixture.triples()).containsExactlyInAnyOrder("LOCATED_IN beta varna", "LOCATED_IN beta ruritania");
    }

    @Test
    void theFoundersOfAJointVentureNamedThroughTheirStatesArePartners() {
        RelationFixture fixture = RelationFixture.of(
                        "Zenith Power , a joint venture between Ruritania 's Acme Steel and Georgian Vulcan Ltd , grew .")
                .entity("zenith", EntityType.ORG, "Zenith Power")
                .entity("acme", EntityType.ORG, "Acme Steel")
                .entity("vulcan", EntityType.ORG, "Vulcan Ltd")
                .entities(EntityType.GPE, "Ruritania", "Georgia")
                .tag("Georgian", "JJ");

        assertThat(fixture.triples()).contains("PARTNER zenith acme", "PARTNER zenith vulcan");
    }

    @Test
    void aSiteAtAnotherSiteStandsInIt() {
        RelationFixture fixture = RelationFixture.of("Acme bought the Lakeside Terminal at the Port of Klow .")
                .entity("acme", EntityType.ORG, "Acme")
                .entity("terminal", EntityType.FAC, "Lakeside Terminal")
                .entity("port", EntityType.FAC, "Port of Klow")
                .tag("bought", "VBD");

        assertThat(fixture.triples()).contains("LOCATED_IN terminal port");
    }

    @Test
    void aSubsidiaryOfAParentDescribedByItsKindIsItsPart() {
        RelationFixture fixture = RelationFixture.of(
                        "Acme Steel is a subsidiary of the Georgian conglomerate Acme Group , which owns banks .")
                .entities(EntityType.ORG, "Acme Steel", "Acme Group")
                .entity("georgia", EntityType.GPE, "Georgia")
                .tag("Georgian", "JJ")
                .tag("is", "VBZ");

        assertThat(fixture.triples()).contains("PART_OF acme-steel acme-group");
    }

    @Test
    void aProductNamedWithItsMakersNameIsMadeByIt() {
        RelationFixture fixture = RelationFixture.of("The army bought Acme - made Falcon-7 howitzers .")
                .entity("acme", EntityType.ORG, "Acme")
                .entity("falcon", EntityType.PRODUCT, "Falcon-7")
                .tag("bought", "VBD")
                .tag("made", "VBN");

        assertThat(fixture.triples()).containsExactly("PRODUCED_BY falcon acme");
    }

    @Test
    void aPostIsNotPlacedInTheStateOfTheHoldersCounterpart() {
        RelationFixture fixture = RelationFixture.of("Minister Olga Vask met her Kenyan counterpart Ivo Tamm . "
                        + "Kenya and Latvia talked . Kenya gained .")
                .entities(EntityType.PERSON, "Olga Vask", "Ivo Tamm")
                .entities(EntityType.GPE, "Kenya", "Latvia")
                .tags("VBD", "met", "talked", "gained")
                .tag("her", "PRP$")
                .tag("Kenyan", "JJ");

        assertThat(fixture.triples()).contains("ROLE ivo-tamm kenya").doesNotContain("ROLE olga-vask kenya");
    }

    @Test
    void theStatesOfAJointVentureNamedAfterItsKindAreItsPartners() {
        RelationFixture fixture = RelationFixture.of(
                        "Olga Vask leads the joint Georgian - Kenyan venture Zenith Rockets .")
                .entity("olga-vask", EntityType.PERSON, "Olga Vask")
                .entity("zenith", EntityType.ORG, "Zenith Rockets")
                .entities(EntityType.GPE, "Georgia", "Kenya")
                .tag("leads", "VBZ")
                .tags("JJ", "Georgian", "Kenyan", "joint");

        assertThat(fixture.triples()).contains("PARTNER zenith georgia", "PARTNER zenith kenya");
    }
}

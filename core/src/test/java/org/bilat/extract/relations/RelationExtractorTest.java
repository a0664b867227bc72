package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.model.Relation;
import org.bilat.model.RelationType;
import org.junit.jupiter.api.Test;

class RelationExtractorTest {
    private static List<Relation> relations(RelationFixture fixture) {
        List<String> warnings = new ArrayList<>();
        List<Relation> relations = new RelationExtractor().extract(fixture.context(), fixture.entities(), warnings);
        assertThat(warnings).isEmpty();
        return relations;
    }

    private static List<String> triples(List<Relation> relations) {
        return relations.stream()
                .map(r -> r.type() + " " + r.subject() + " " + r.object()
                        + (r.title() == null ? "" : " (" + r.title() + ")"))
                .toList();
    }

    @Test
    void findsAPostFromANationalityAndATitleBeforeTheName() {
        RelationFixture fixture = RelationFixture.of("Kazakh Foreign Minister Murat Nurtleu met Alar Tamm .")
                .entity("kazakhstan", EntityType.GPE, "Kazakhstan")
                .entities(EntityType.PERSON, "Murat Nurtleu", "Alar Tamm")
                .tag("met", "VBD");

        assertThat(triples(relations(fixture))).containsExactly("ROLE murat-nurtleu kazakhstan (Foreign Minister)");
    }

    @Test
    void aPostOfAStatesBodyNamedWithAPossessiveIsInTheBody() {
        RelationFixture fixture = RelationFixture.of(
                        "Alar Tamm , the Secretary of Borduria 's Security Council , arrived .")
                .entity("alar-tamm", EntityType.PERSON, "Alar Tamm")
                .entity("borduria", EntityType.GPE, "Borduria")
                .entity("borduria-security-council", EntityType.ORG, "Security Council")
                .tag("arrived", "VBD");

        assertThat(triples(relations(fixture))).containsExactly("ROLE alar-tamm borduria-security-council (Secretary)");
    }

    @Test
    void aSiteCalledTheProjectOfACompanyHasItAsPartner() {
        RelationFixture fixture = RelationFixture.of("The Lakeside Dam is the first foreign project of Acme Hydro .")
                .entity("lakeside-dam", EntityType.FAC, "Lakeside Dam")
                .entity("acme-hydro", EntityType.ORG, "Acme Hydro");

        assertThat(triples(relations(fixture))).containsExactly("PARTNER lakeside-dam acme-hydro");
    }

    @Test
    void anInvestorInASiteIsItsPartner() {
        RelationFixture fixture = RelationFixture.of("Acme Group 's investment in the Lakeside Port grew .")
                .entity("acme-group", EntityType.ORG, "Acme Group")
                .entity("lakeside-port", EntityType.FAC, "Lakeside Port")
                .tag("grew", "VBD");

        assertThat(triples(relations(fixture))).containsExactly("PARTNER lakeside-port acme-group");
    }

    @Test
    void findsPostsInAChainOfAppositions() {
        RelationFixture fixture = RelationFixture.of(
                        "Alar Tamm , a member of the Riigikogu , and the Minister of Finance of Estonia , arrived .")
                .entity("alar-tamm", EntityType.PERSON, "Alar Tamm")
                .entity("riigikogu", EntityType.ORG, "Riigikogu")
                .entity("estonia", EntityType.GPE, "Estonia")
                .tag("arrived", "VBD");

        assertThat(triples(relations(fixture)))
                .containsExactly("ROLE alar-tamm riigikogu (member)", "ROLE alar-tamm estonia (Minister of Finance)");
    }

    @Test
    void aBodyNamedInsideAnotherIsItsPart() {
        RelationFixture fixture = RelationFixture.of("The Senate of the National Assembly of Kenya met .")
                .entity("kenya-senate", EntityType.ORG, "Senate of the National Assembly of Kenya")
                .entity("kenya-assembly", EntityType.ORG, "National Assembly of Kenya")
                .entity("kenya", EntityType.GPE, "Kenya");

        assertThat(triples(relations(fixture))).containsExactly("PART_OF kenya-senate kenya-assembly");
    }

    @Test
    void aPortNamedWithItsTownAfterOfStandsInTheTown() {
        RelationFixture fixture = RelationFixture.of("Ships reached the port of Klowmar in May .")
                .entity("port-of-klowmar", EntityType.FAC, "port of Klowmar")
                .entity("klowmar", EntityType.GPE, "Klowmar");

        assertThat(triples(relations(fixture))).containsExactly("LOCATED_IN port-of-klowmar klowmar");
    }

    @Test
    void readsMembershipMakersPartnersAndPlaces() {
        RelationFixture fixture = RelationFixture.of("The accession of Kenya to the EAC came first . "
                        + "The KS-400 was developed by KSC in cooperation with Tallinn Marine Works . "
                        + "KSC , based in the city of Mombasa , grew .")
                .entity("kenya", EntityType.GPE, "Kenya")
                .entity("eac", EntityType.ORG, "EAC")
                .entity("ks-400", EntityType.PRODUCT, "KS-400")
                .entity("ksc", EntityType.ORG, "KSC")
                .entity("tmw", EntityType.ORG, "Tallinn Marine Works")
                .entity("mombasa", EntityType.GPE, "Mombasa");

        assertThat(triples(relations(fixture)))
                .containsExactlyInAnyOrder(
                        "MEMBER_OF kenya eac",
                        "PRODUCED_BY ks-400 ksc",
                        "PRODUCED_BY ks-400 tmw",
                        "PARTNER ksc tmw",
                        "LOCATED_IN ksc mombasa");
    }

    @Test
    void quotesTheExactWordsFromSubjectToObjectOncePerRelation() {
        String text = "KSC , a subsidiary of KDI , builds boats . KSC , a subsidiary of KDI , grew .";
        RelationFixture fixture =
                RelationFixture.of(text).entity("ksc", EntityType.ORG, "KSC").entity("kdi", EntityType.ORG, "KDI");

        List<Relation> relations = relations(fixture);

        assertThat(relations).hasSize(1);
        assertThat(relations.get(0).evidence().quote()).isEqualTo("KSC , a subsidiary of KDI");
        assertThat(text.substring(
                        relations.get(0).evidence().start(),
                        relations.get(0).evidence().end()))
                .isEqualTo(relations.get(0).evidence().quote());
    }

    @Test
    void aCityIsNeverTheSubjectOfAPlaceAndAStateNeverMakesAProduct() {
        RelationFixture fixture = RelationFixture.of(
                        "Mombasa , based in Kenya , grew . The KS-400 was built by Kenya .")
                .entities(EntityType.GPE, "Mombasa", "Kenya")
                .entity("ks-400", EntityType.PRODUCT, "KS-400");

        assertThat(relations(fixture)).isEmpty();
    }

    @Test
    void theOneArgumentFormReadsTheEntitiesTheContextLays() {
        RelationFixture fixture =
                RelationFixture.of("KSC , a subsidiary of KDI , grew .").entities(EntityType.ORG, "KSC", "KDI");

        List<Relation> relations = new RelationExtractor().extract(fixture.context(), new ArrayList<>());

        assertThat(relations).extracting(Relation::type).containsExactly(RelationType.PART_OF);
    }

    @Test
    void aCompanyNamedThroughItsStateStandsThereButAMinistryDoesNot() {
        RelationFixture fixture = RelationFixture.of(
                        "Ruritania 's Acme Steel and Ruritania 's Defence Ministry met Vulcan Works ( Borduria ) .")
                .entities(EntityType.GPE, "Ruritania", "Borduria")
                .entity("acme", EntityType.ORG, "Acme Steel")
                .entity("ruritania-mod", EntityType.ORG, "Defence Ministry")
                .entity("vulcan", EntityType.ORG, "Vulcan Works")
                .tag("'s", "POS")
                .tag("met", "VBD");

        assertThat(triples(relations(fixture)))
                .containsExactlyInAnyOrder("LOCATED_IN acme ruritania", "LOCATED_IN vulcan borduria");
    }

    @Test
    void aSiteStandsInThePlaceNamedAfterIt() {
        RelationFixture fixture = RelationFixture.of("They visited the Lakeside Power Plant in Syldavia .")
                .entity("lakeside", EntityType.FAC, "Lakeside Power Plant")
                .entity("syldavia", EntityType.GPE, "Syldavia")
                .tag("visited", "VBD");

        assertThat(triples(relations(fixture))).containsExactly("LOCATED_IN lakeside syldavia");
    }

    @Test
    void aSubsidiaryInBracketsOrAfterItsParentsPossessiveIsItsPart() {
        RelationFixture fixture = RelationFixture.of("Acme Ports ( a subsidiary of Acme Group ) and "
                        + "Vulcan Holding 's subsidiary Vulcan Rail signed .")
                .entities(EntityType.ORG, "Acme Ports", "Acme Group", "Vulcan Holding", "Vulcan Rail")
                .tag("signed", "VBD");

        assertThat(triples(relations(fixture)))
                .containsExactlyInAnyOrder("PART_OF acme-ports acme-group", "PART_OF vulcan-rail vulcan-holding");
    }

    @Test
    void whoBuildsOwnsOrStartsASiteIsItsPartner() {
        RelationFixture fixture = RelationFixture.of("The Lakeside Port was built by Acme . "
                        + "Port Borduria , which is 60 % owned by Vulcan , grew . "
                        + "Zenith started construction of the Syldavian Bridge .")
                .entity("lakeside", EntityType.FAC, "Lakeside Port")
                .entities(EntityType.ORG, "Acme", "Port Borduria", "Vulcan", "Zenith")
                .entity("bridge", EntityType.FAC, "Syldavian Bridge")
                .tags("VBN", "built", "owned")
                .tag("started", "VBD");

        assertThat(triples(relations(fixture)))
                .containsExactlyInAnyOrder(
                        "PARTNER lakeside acme", "PARTNER port-borduria vulcan", "PARTNER bridge zenith");
    }

    @Test
    void theFoundersOfANamedJointVentureAreItsPartners() {
        RelationFixture fixture = RelationFixture.of("Acme and Vulcan set up a joint venture called Zenith Motors .")
                .entities(EntityType.ORG, "Acme", "Vulcan")
                .entity("zenith", EntityType.ORG, "Zenith Motors")
                .tag("set", "VBD");

        assertThat(triples(relations(fixture)))
                .containsExactlyInAnyOrder("PARTNER zenith acme", "PARTNER zenith vulcan");
    }

    @Test
    void aStatePostWithNoStateNamedBelongsToTheStateOfItsSentenceOrDocument() {
        RelationFixture fixture = RelationFixture.of("Latvia sold grain to Kenya , Interim Trade Minister "
                        + "Olga Vask said . Latvia gained . Later President Ivo Tamm spoke .")
                .entities(EntityType.GPE, "Latvia", "Kenya")
                .entities(EntityType.PERSON, "Olga Vask", "Ivo Tamm")
                .tags("VBD", "sold", "said", "gained", "spoke")
                .tag("Later", "RB");

        assertThat(triples(relations(fixture)))
                .containsExactlyInAnyOrder(
                        "ROLE olga-vask latvia (Interim Trade Minister)", "ROLE ivo-tamm latvia (President)");
    }

    @Test
    void aPostPlacedElsewhereIsNotAlsoGivenTheDocumentsState() {
        RelationFixture fixture = RelationFixture.of(
                        "Latvian President Ivo Tamm met Kenya . Later President Ivo Tamm spoke in Kenya .")
                .entities(EntityType.GPE, "Latvia", "Kenya")
                .entity("ivo-tamm", EntityType.PERSON, "Ivo Tamm")
                .tags("VBD", "met", "spoke")
                .tag("Later", "RB");

        assertThat(triples(relations(fixture))).containsExactly("ROLE ivo-tamm latvia (President)");
    }

    @Test
    void readsALowerCaseFieldHonorificsAndCounterparts() {
        RelationFixture fixture = RelationFixture.of("Kazakh economy minister Mari Kask met his Estonian counterpart "
                        + "Alar Tamm and Estonia 's Minister of Finance Mr. Ivo Saar .")
                .entities(EntityType.GPE, "Kazakhstan", "Estonia")
                .entities(EntityType.PERSON, "Mari Kask", "Alar Tamm", "Ivo Saar")
                .tag("met", "VBD")
                .tag("his", "PRP$")
                .tag("'s", "POS")
                .tag("Mr.", "NNP");

        assertThat(triples(relations(fixture)))
                .containsExactlyInAnyOrder(
                        "ROLE mari-kask kazakhstan (economy minister)",
                        "ROLE alar-tamm estonia (counterpart)",
                        "ROLE ivo-saar estonia (Minister of Finance)");
    }

    @Test
    void aProfileLineNamesAPartnerTheDocumentNamedBeforeThoughNotReadThere() {
        RelationFixture fixture = RelationFixture.of(
                        "The Zenith Bank of Syldavia lent money . \n Name : Lakeside Port \n "
                                + "Financier : Zenith Bank of Syldavia \n Cost : 5 million .")
                .entity("lakeside", EntityType.FAC, "Lakeside Port")
                .entityOnce("zenith", EntityType.ORG, "Zenith Bank of Syldavia")
                .entity("syldavia", EntityType.GPE, "Syldavia");

        assertThat(triples(relations(fixture)))
                .contains("PARTNER lakeside zenith")
                .doesNotContain("PARTNER lakeside syldavia");
    }

    @Test
    void placesAnEmbassyOrOfficeInThePlaceAfterIt() {
        RelationFixture fixture = RelationFixture.of(
                        "The Ruritanian Embassy in Klow opened . Acme Steel in Klow grew .")
                .entity("embassy", EntityType.ORG, "Ruritanian Embassy")
                .entity("acme", EntityType.ORG, "Acme Steel")
                .entity("klow", EntityType.GPE, "Klow");

        assertThat(triples(relations(fixture))).containsExactly("LOCATED_IN embassy klow");
    }

    @Test
    void placesABodyWhereTheTextSaysItIsBased() {
        RelationFixture fixture = RelationFixture.of(
                        "The Klow - based Acme Steel grew . Beta Bank , a Varna - based lender , lent it money .")
                .entity("acme", EntityType.ORG, "Acme Steel")
                .entity("beta", EntityType.ORG, "Beta Bank")
                .entities(EntityType.GPE, "Klow", "Varna");

        assertThat(triples(relations(fixture)))
                .containsExactlyInAnyOrder("LOCATED_IN acme klow", "LOCATED_IN beta varna");
    }

    @Test
    void aProjectProfilesLabelledLinesNameItsPartnersAndPlaceButNotTheirParents() {
        RelationFixture fixture = RelationFixture.of("Name : Lakeside Port \n Location : Syldavia City \n "
                        + "Main Contractor(s) : Acme Ports ( a subsidiary of Acme Group ) and Vulcan \n "
                        + "Financier : Zenith Bank \n Developer(s) : Delta Ports , which is owned by Omega Fund ; "
                        + "local partners include Sigma \n Cost : 5 million .")
                .entity("lakeside", EntityType.FAC, "Lakeside Port")
                .entity("syldavia-city", EntityType.GPE, "Syldavia City")
                .entities(EntityType.ORG, "Acme Ports", "Acme Group", "Vulcan")
                .entity("zenith", EntityType.ORG, "Zenith Bank")
                .entity("delta", EntityType.ORG, "Delta Ports")
                .entity("omega", EntityType.ORG, "Omega Fund")
                .entity("sigma", EntityType.ORG, "Sigma");

        assertThat(triples(relations(fixture)))
                .containsExactlyInAnyOrder(
                        "LOCATED_IN lakeside syldavia-city",
                        "PARTNER lakeside acme-ports",
                        "PARTNER lakeside vulcan",
                        "PARTNER lakeside zenith",
                        "PARTNER lakeside delta",
                        "PARTNER lakeside sigma",
                        "PARTNER delta omega",
                        "PART_OF acme-ports acme-group");
    }
}

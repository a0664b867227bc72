package org.bilat.extract;

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
                .entity("murat-nurtleu", EntityType.PERSON, "Murat Nurtleu")
                .entity("alar-tamm", EntityType.PERSON, "Alar Tamm")
                .tag("met", "VBD");

        assertThat(triples(relations(fixture))).containsExactly("ROLE murat-nurtleu kazakhstan (Foreign Minister)");
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
                .entity("mombasa", EntityType.GPE, "Mombasa")
                .entity("kenya", EntityType.GPE, "Kenya")
                .entity("ks-400", EntityType.PRODUCT, "KS-400");

        assertThat(relations(fixture)).isEmpty();
    }

    @Test
    void theOneArgumentFormReadsTheEntitiesTheContextLays() {
        RelationFixture fixture = RelationFixture.of("KSC , a subsidiary of KDI , grew .")
                .entity("ksc", EntityType.ORG, "KSC")
                .entity("kdi", EntityType.ORG, "KDI");

        List<Relation> relations = new RelationExtractor().extract(fixture.context(), new ArrayList<>());

        assertThat(relations).extracting(Relation::type).containsExactly(RelationType.PART_OF);
    }
}

package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.Extraction;
import org.bilat.model.Relation;
import org.junit.jupiter.api.Test;

class RelationExtractionIT {
    private static final String TEXT = """
            In March 2023, Kazakh Foreign Minister Murat Nurtleu met Kenyan President William Ruto in Nairobi.
            Kazakhstan and Kenya agreed to expand trade, and Estonia joined the talks.
            Alar Tamm, Chairman of the Economic Committee of the Riigikogu, also attended the talks.
            The accession of Kenya to the East African Community was marked by a ceremony.
            The KS-400 patrol boat was developed by the Simba Shipbuilding Corporation in cooperation with \
            Tallinn Marine Works.
            The Simba Shipbuilding Corporation, based in the city of Mombasa, employs 900 people.
            The joint Estonian-Kenyan Lakeside Industrial Park opened in 2021.""";

    private static Extraction extraction() {
        Document doc =
                new Document("fixture.txt", "fixture.txt", "fixture", "text/plain", TEXT, null, null, null, null);
        return Pipeline.shared().extract(doc);
    }

    @Test
    void findsPostsFromNationalitiesTitlesAndAppositions() {
        Extraction extraction = extraction();

        assertThat(triples(extraction))
                .contains(
                        "ROLE Murat Nurtleu Kazakhstan (Foreign Minister)",
                        "ROLE William Ruto Kenya (President)",
                        "ROLE Alar Tamm Economic Committee of the Riigikogu (Chairman)");
    }

    @Test
    void findsMembersMakersPartnersAndPlaces() {
        Extraction extraction = extraction();

        assertThat(triples(extraction))
                .contains(
                        "MEMBER_OF Kenya East African Community",
                        "PRODUCED_BY KS-400 Simba Shipbuilding Corporation",
                        "PRODUCED_BY KS-400 Tallinn Marine Works",
                        "LOCATED_IN Simba Shipbuilding Corporation Mombasa",
                        "PARTNER Estonian-Kenyan Lakeside Industrial Park Estonia",
                        "PARTNER Estonian-Kenyan Lakeside Industrial Park Kenya");
    }

    @Test
    void neverRelatesAStateAsAMakerOrACityAsASite() {
        Extraction extraction = extraction();

        assertThat(triples(extraction)).noneMatch(t -> t.startsWith("PRODUCED_BY") && t.endsWith("Kenya"));
        assertThat(triples(extraction)).noneMatch(t -> t.startsWith("LOCATED_IN Nairobi"));
    }

    @Test
    void everyEvidenceIsAnExactSpanOfTheText() {
        for (Relation relation : extraction().relations()) {
            assertThat(TEXT.substring(
                            relation.evidence().start(), relation.evidence().end()))
                    .isEqualTo(relation.evidence().quote());
        }
    }

    @Test
    void readsEveryEndOfAListFromTheDependencyTree() {
        String text = """
                The Lake Victoria Trade Organization's five members include Kenya, Tanzania and Uganda.""";
        Document doc = new Document("list.txt", "list.txt", "list", "text/plain", text, null, null, null, null);
        Extraction extraction = Pipeline.shared().extract(doc);

        assertThat(triples(extraction))
                .contains(
                        "MEMBER_OF Kenya Lake Victoria Trade Organization",
                        "MEMBER_OF Tanzania Lake Victoria Trade Organization",
                        "MEMBER_OF Uganda Lake Victoria Trade Organization");
    }

    private static List<String> triples(Extraction extraction) {
        return extraction.relations().stream()
                .map(r -> r.type() + " " + name(extraction, r.subject()) + " " + name(extraction, r.object())
                        + (r.title() == null ? "" : " (" + r.title() + ")"))
                .toList();
    }

    private static String name(Extraction extraction, String id) {
        return extraction.entities().stream()
                .filter(e -> e.id().equals(id))
                .map(Entity::name)
                .findFirst()
                .orElse(id);
    }
}

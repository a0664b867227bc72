package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.Extraction;
import org.junit.jupiter.api.Test;

/** A state the text names only through its demonym becomes an entity without aliases, and only where a fact needs it. */
class AdjectiveStatesIT {
    private static final String TEXT = """
            Kenyan and Chilean marines began a joint exercise near Mombasa on 3 March 2021.
            The drill serves to deepen the strategic partnership between the two countries.
            Several Peruvian journalists watched from a boat.""";

    private static Extraction extraction() {
        Document doc = new Document("drill.txt", "drill.txt", "drill", "text/plain", TEXT, null, null, null, null);
        return Pipeline.shared().extract(doc);
    }

    @Test
    void statesNamedOnlyByTheirDemonymTakePartInTheFactsWithoutAliases() {
        Extraction extraction = extraction();
        assertThat(extraction.entities())
                .filteredOn(e -> e.id().equals("kenya") || e.id().equals("chile"))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.aliases()).isEmpty());
        assertThat(extraction.levels())
                .anySatisfy(level -> assertThat(level.states()).containsExactlyInAnyOrder("kenya", "chile"));
    }

    @Test
    void aDemonymNoFactNeedsGivesNoEntity() {
        assertThat(extraction().entities()).extracting(Entity::id).doesNotContain("peru");
    }
}

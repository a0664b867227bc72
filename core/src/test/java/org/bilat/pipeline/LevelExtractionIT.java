package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Extraction;
import org.bilat.model.Level;
import org.junit.jupiter.api.Test;

class LevelExtractionIT {
    private static final String TEXT = """
            Chile and Kenya opened embassies in 1990 and signed a joint statement establishing a strategic \
            partnership in 2008.
            In May 2019 the two presidents upgraded their ties to a comprehensive strategic partnership.
            Kenya is Chile's closest ally, a Kenyan commentator wrote.
            In October 2021 the two sides declared an "all-round strategic partnership" of mutual trust.
            Their increasingly comprehensive partnership has its critics.
            The Eastern Partnership was not discussed.""";

    private static List<Level> levels() {
        Document doc = new Document("levels.txt", "levels.txt", "levels", "text/plain", TEXT, null, null, null, null);
        Extraction extraction = Pipeline.shared().extract(doc);
        return extraction.levels();
    }

    @Test
    void findsDeclaredLevelsWithTheDateOfTheirOwnClause() {
        assertThat(levels())
                .extracting(l -> l.label() + " " + l.date() + " " + l.formal() + " " + l.rank())
                .contains("strategic partnership 2008 true 3", "comprehensive strategic partnership 2019-05 true 5");
    }

    @Test
    void aHyphenatedModifierIsPartOfTheLabelNotPraise() {
        assertThat(levels())
                .extracting(l -> l.label() + " " + l.date() + " " + l.rank())
                .contains("all-round strategic partnership 2021-10 6");
    }

    @Test
    void anAllyNamedInCommentaryIsInformal() {
        assertThat(levels()).anySatisfy(level -> {
            assertThat(level.label()).isEqualTo("closest ally");
            assertThat(level.formal()).isFalse();
            assertThat(level.states()).containsExactlyInAnyOrder("chile", "kenya");
        });
    }

    @Test
    void praiseAndNamesAreNoLevels() {
        assertThat(levels()).extracting(Level::label).doesNotContain("increasingly comprehensive partnership");
        assertThat(levels()).hasSize(4);
    }
}

package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Extraction;
import org.bilat.model.Level;
import org.junit.jupiter.api.Test;

class LevelFormsIT {
    private static final String TEXT = """
            In March 2017 Peru and Ghana agreed to raise their relations to a strategic partnership level.
            Officials in Lima call the tie a "Comprehensive Strategic Partnership" and Ghana sees Peru as an \
            "Iron Brother".
            Chile and Nepal are all-weather partners, a Nepali editor wrote.
            The Eastern Partnership Summit was held in Accra.""";

    private static List<Level> levels() {
        Document doc = new Document("forms.txt", "forms.txt", "forms", "text/plain", TEXT, null, null, null, null);
        Extraction extraction = Pipeline.shared().extract(doc);
        return extraction.levels();
    }

    @Test
    void aLabelBeforeTheWordLevelNamesTheLevel() {
        assertThat(levels())
                .extracting(l -> l.label() + " " + l.date() + " " + l.rank())
                .contains("strategic partnership 2017-03 3");
    }

    @Test
    void capitalisedLabelsOfLadderWordsAreLevelsButNamesAreNot() {
        assertThat(levels())
                .extracting(Level::label)
                .contains("Comprehensive Strategic Partnership", "Iron Brother", "all-weather partners")
                .noneMatch(label -> label.contains("Eastern"));
    }
}

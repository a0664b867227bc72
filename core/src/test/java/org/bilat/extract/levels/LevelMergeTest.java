package org.bilat.extract.levels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Evidence;
import org.bilat.model.Level;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class LevelMergeTest {
    private static final String TEXT = "Syldavia and Borduria, strategic partners since 2009, named it so again.";

    @Test
    void aRestatedLevelGivesOneStepKeepingTheDeclaredOneAndItsDate() {
        Level heading = level("strategic partnership", "2009", false);
        Level body = level("strategic partnership", null, true);
        assertThat(LevelMerge.merge(List.of(heading, body))).singleElement().satisfies(step -> {
            assertThat(step.formal()).isTrue();
            assertThat(step.date()).isEqualTo("2009");
        });
    }

    @Test
    void oneRungAtDifferentTimesStaysTwoSteps() {
        Level first = level("all-weather partnership", "2009", true);
        Level later = level("all-weather comprehensive strategic partnership", "2015", false);
        assertThat(LevelMerge.merge(List.of(first, later))).hasSize(2);
    }

    @Test
    void otherPairsAreOtherSteps() {
        Level one = level("strategic partnership", "2009", true);
        Level other = new Level(List.of("syldavia", "ruritania"), "strategic partnership", 3, "2009", true, quote());
        assertThat(LevelMerge.merge(List.of(one, other))).hasSize(2);
    }

    private static Level level(String label, @Nullable String date, boolean formal) {
        return new Level(
                List.of("syldavia", "borduria"), label, label.contains("all-weather") ? 7 : 3, date, formal, quote());
    }

    private static Evidence quote() {
        return Evidence.of(TEXT, 0, TEXT.length());
    }
}

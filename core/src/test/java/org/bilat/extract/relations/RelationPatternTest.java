package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RelationPatternTest {
    private static final String SENTENCE =
            "The Kisumu Academy ( KA ) , a branch of the Kenya Defence Corporation , opened in 2019 .";

    private static RelationText text() {
        RelationFixture fixture = RelationFixture.of(SENTENCE)
                .entity("ka", EntityType.ORG, "Kisumu Academy", "KA")
                .entity("kdc", EntityType.ORG, "Kenya Defence Corporation");
        return RelationText.of(fixture.context(), fixture.entities());
    }

    @Test
    void skipsOptionalStepsAndAnAsideAndCapturesTheMentions() {
        RelationPattern pattern = RelationPattern.parse("{ORG} (...)? ,? which? ART? branch|part of ART? {ORG}");

        Optional<RelationMatch> match = pattern.match(text(), 1, 19);

        assertThat(match).isPresent();
        assertThat(match.get().captures()).extracting(Occurrence::id).containsExactly("ka", "kdc");
        assertThat(match.get().first()).isEqualTo(1);
        assertThat(match.get().last()).isEqualTo(13);
    }

    @Test
    void failsWhereAMentionHasAnotherType() {
        RelationPattern pattern = RelationPattern.parse("{GPE} (...)? , ART? branch of ART? {ORG}");

        assertThat(pattern.match(text(), 1, 19)).isEmpty();
    }

    @Test
    void aGapTakesOnlyWordsOutsideNames() {
        RelationPattern across = RelationPattern.parse("{ORG} * opened");
        RelationPattern within = RelationPattern.parse("branch * opened");

        assertThat(across.match(text(), 1, 19)).isEmpty();
        assertThat(within.match(text(), 8, 19)).isEmpty();
        assertThat(RelationPattern.parse("{ORG} , opened|closed").match(text(), 11, 19))
                .isPresent();
    }
}

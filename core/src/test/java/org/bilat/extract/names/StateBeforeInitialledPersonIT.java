package org.bilat.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.junit.jupiter.api.Test;

class StateBeforeInitialledPersonIT {
    private static final String TEXT = """
            At the invitation of Minister of Foreign Affairs of Laos K.Batmunkh, the envoy arrived.
            The talks were attended by Minister of Foreign Affairs of Chile AB Karim Rahman and others.
            On Monday, Minister of Foreign Affairs of Peru D.Ganbold received the ambassador.
            Chad J. Smith wrote the report.""";

    @Test
    void splitsAStateFromThePersonWrittenWithInitialsAfterIt() {
        List<Mention> mentions = NameFixture.mentions(TEXT);

        assertThat(NameFixture.typesOf(mentions, "Laos K.Batmunkh")).isEmpty();
        assertThat(NameFixture.typesOf(mentions, "K.Batmunkh")).containsOnly(EntityType.PERSON);
        assertThat(NameFixture.typesOf(mentions, "Chile AB")).isEmpty();
        assertThat(NameFixture.typesOf(mentions, "AB Karim Rahman")).containsOnly(EntityType.PERSON);
        assertThat(NameFixture.typesOf(mentions, "Peru D.Ganbold")).isEmpty();
        assertThat(NameFixture.typesOf(mentions, "D.Ganbold")).containsOnly(EntityType.PERSON);
        assertThat(NameFixture.typesOf(mentions, "Peru")).containsOnly(EntityType.GPE);
    }

    @Test
    void keepsAStateNameThatCoreNlpReadsAsAFirstName() {
        assertThat(NameFixture.typesOf(NameFixture.mentions(TEXT), "Chad J. Smith"))
                .containsOnly(EntityType.PERSON);
    }
}

package org.bilat.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilat.extract.names.NameFixture.mentions;
import static org.bilat.extract.names.NameFixture.typesOf;

import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.junit.jupiter.api.Test;

/** Names that nothing in themselves types: the guesses must not turn parties into places or people into bodies. */
class WeakNameGuessesIT {
    @Test
    void keepsAnUnknownPartyOfAHyphenatedPairOutOfThePlaces() {
        List<Mention> mentions = mentions("The Latvia-Zorbex talks ended without a deal in March.");
        assertThat(typesOf(mentions, "Latvia")).containsOnly(EntityType.GPE);
        assertThat(typesOf(mentions, "Zorbex")).doesNotContain(EntityType.GPE);
    }

    @Test
    void readsTheSurnameOfAPersonNamedInFullAsThatPerson() {
        List<Mention> mentions = mentions(
                "The talks were led by Tomas Vrabnik of the finance ministry. Later that day, Vrabnik told reporters"
                        + " that the loan would be signed in May.");
        assertThat(typesOf(mentions, "Vrabnik")).containsOnly(EntityType.PERSON);
    }

    @Test
    void readsTheBareNameOfASiteNamedAfterItsTownAsTheTown() {
        List<Mention> mentions = mentions(
                "The Dravik nuclear power plant will have four units. Work near Dravik began in 2021, said Anna Kell.");
        assertThat(typesOf(mentions, "Dravik")).containsOnly(EntityType.GPE);
    }

    @Test
    void dropsALoneUnknownCapitalisedWordReadOnceInNoNamePlace() {
        List<Mention> once = mentions("The bank lent 40 million Dollora for the new road in May.");
        assertThat(typesOf(once, "Dollora")).isEmpty();
    }

    @Test
    void keepsALoneUnknownWordReadOnceAsTheSubjectOfAClause() {
        List<Mention> subject = mentions("The loan was signed in Klow in May, Quorvath reports.");
        assertThat(typesOf(subject, "Quorvath")).isNotEmpty();
    }

    @Test
    void readsNoEventInJointExercisesNamedOnlyByTheirSides() {
        List<Mention> mentions = mentions("The Latvian-Estonian military exercises ended near the border in May.");
        assertThat(mentions).noneMatch(m -> m.type() == EntityType.EVENT);
    }

    @Test
    void readsAWarNamedByItsSidesAsAnEvent() {
        List<Mention> mentions = mentions("Trade fell sharply after the Latvian-Estonian war ended in 1921.");
        assertThat(mentions).anyMatch(m -> m.type() == EntityType.EVENT);
    }

    @Test
    void readsAQuotedNameWithAYearAsAnEvent() {
        List<Mention> mentions = mentions("The troops began the joint training entitled “Swift Falcon 2031” in May.");
        assertThat(mentions).anyMatch(m -> m.text().contains("Swift Falcon 2031") && m.type() == EntityType.EVENT);
    }
}

package org.bilat.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bilat.model.EventType;
import org.junit.jupiter.api.Test;

class EventTriggersTest {
    private static final String HEADER = "lemma\tpos\ttype\tcameo\tobjects\tpattern";

    @Test
    void expandsObjectClassesIntoTheirMembers() {
        EventTriggers table = EventTriggers.parse(List.of(
                "# a comment",
                HEADER,
                "@arms\tCLASS\t-\t-\tmissile;PRODUCT\t-",
                "@goods\tCLASS\t-\t-\t@arms;cargo\t-",
                "deliver\tVB\tTRANSFER\t070\t@goods\t-"));

        EventTrigger deliver = table.startingWith("deliver").get(0);

        assertThat(deliver.objects()).containsExactly("missile", "PRODUCT", "cargo");
        assertThat(deliver.type()).isEqualTo(EventType.TRANSFER);
        assertThat(deliver.verb()).isTrue();
    }

    @Test
    void keepsTableOrderForOneLemmaAndReadsPhrases() {
        EventTriggers table = EventTriggers.parse(List.of(
                HEADER,
                "hold\tVB\tEXERCISE\t062\texercise\t-",
                "hold\tVB\tMEET\t040\ttalk\t-",
                "set up\tVB\tESTABLISH\t061\t*\t-"));

        assertThat(table.startingWith("Hold"))
                .extracting(EventTrigger::type)
                .containsExactly(EventType.EXERCISE, EventType.MEET);
        assertThat(table.startingWith("set").get(0).lemmas()).containsExactly("set", "up");
        assertThat(table.startingWith("set").get(0).needsNoObject()).isTrue();
    }

    @Test
    void rejectsAnUnknownObjectClass() {
        assertThatThrownBy(() -> EventTriggers.parse(List.of(HEADER, "sign\tVB\tAGREE\t057\t@accords\t-")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown object class @accords");
    }

    @Test
    void rejectsAnUnknownPartOfSpeech() {
        assertThatThrownBy(() -> EventTriggers.parse(List.of(HEADER, "sign\tJJ\tAGREE\t057\t*\t-")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("part of speech");
    }

    @Test
    void theShippedTableCodesVisitsAndSignedAgreements() {
        EventTriggers table = EventTriggers.load();

        assertThat(table.startingWith("visit"))
                .anyMatch(t -> t.type() == EventType.MEET && t.cameo().equals("042"));
        assertThat(table.startingWith("sign"))
                .anyMatch(t -> t.type() == EventType.AGREE && t.objects().contains("treaty"));
    }
}

package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.bilat.model.Extraction;
import org.junit.jupiter.api.Test;

/** Input that is not prose: extraction keeps what is sound, names each skipped part in a warning, and never fails. */
class BadInputIT {
    // our own sentences; the long lines are what a broken PDF table turns into: cells without a sentence end
    private static final String TALKS = "In March 2019, Kazakhstan signed a trade agreement with Japan in Tokyo.\n";
    private static final String TABLE_ROW = "col 12 x ".repeat(66).strip() + "\n";
    private static final String HUGE_TABLE = "col 12 x ".repeat(1_667).strip() + "\n";

    @Test
    void keepsTheFactsOfNormalSentencesBesideALineTooLongToParse() {
        Extraction extraction = extract(TALKS + TABLE_ROW + "Japan and Kazakhstan held talks in Astana in May 2021.\n");

        assertThat(ids(extraction)).contains("kazakhstan", "japan");
        assertThat(extraction.events())
                .filteredOn(e -> e.type() == EventType.AGREE)
                .singleElement()
                .satisfies(agree -> assertThat(agree.date()).isEqualTo("2019-03"));
        assertThat(extraction.events()).extracting(Event::type).contains(EventType.MEET);
        assertThat(extraction.warnings())
                .singleElement()
                .asString()
                .startsWith("character " + TALKS.length() + ": a sentence of ")
                .contains("longer than the 150 the parser takes");
    }

    @Test
    void keepsTheFactsOfNormalSentencesBesideAFiveThousandTokenLine() {
        Extraction extraction =
                extract(TALKS + HUGE_TABLE + "Japan and Kazakhstan held talks in Astana in May 2021.\n");

        assertThat(extraction.events()).extracting(Event::type).contains(EventType.AGREE, EventType.MEET);
        assertThat(extraction.warnings())
                .singleElement()
                .asString()
                .startsWith("character " + TALKS.length() + ": a sentence of 5001 tokens")
                .contains("longer than the 300 the tagger takes");
    }

    @Test
    void givesAnEmptyRecordForTextWithoutSentences() {
        Extraction extraction = extract("--- ;; 12 ... 3.4 ,, ### 56 7 !! ?? 89 ///\n* * *\n0 0 0\n");

        assertThat(extraction.entities()).isEmpty();
        assertThat(extraction.events()).isEmpty();
        assertThat(extraction.relations()).isEmpty();
        assertThat(extraction.quantities()).isEmpty();
    }

    @Test
    void readsADayThatDoesNotExistWithoutLosingTheOtherFacts() {
        Extraction extraction = extract("""
                On 31 February 2023, Kazakhstan signed a trade agreement with Japan.
                Japan and Kazakhstan held talks in Astana in May 2021.
                """);

        assertThat(ids(extraction)).contains("kazakhstan", "japan");
        // the day cannot be, the month can: the agreement keeps the month
        assertThat(extraction.events())
                .filteredOn(e -> e.type() == EventType.AGREE)
                .singleElement()
                .satisfies(agree -> assertThat(agree.date()).isEqualTo("2023-02"));
        assertThat(extraction.events())
                .filteredOn(e -> e.type() == EventType.MEET)
                .singleElement()
                .satisfies(meet -> assertThat(meet.date()).isEqualTo("2021-05"));
    }

    private static Extraction extract(String text) {
        Document doc =
                new Document("bad.txt", "bad.txt", Document.hashOf(text), "text/plain", text, null, null, null, null);
        return Pipeline.shared().extract(doc);
    }

    private static List<String> ids(Extraction extraction) {
        return extraction.entities().stream().map(Entity::id).toList();
    }
}

package org.bilat.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.bilat.model.Extraction;
import org.bilat.model.Level;
import org.bilat.model.Mention;
import org.bilat.model.Quantity;
import org.bilat.model.Relation;
import org.bilat.model.RelationType;
import org.junit.jupiter.api.Test;

class ExtractionCodecTest {
    private static final String TEXT = "Belarus and China signed a loan of $1.5 billion. Lukashenko heads Belarus.";

    @Test
    void carriesEveryFieldOfAnExtractionFromExecutorToDriver() {
        Extraction extraction = extraction();

        Extraction read = ExtractionCodec.read(ExtractionCodec.write(extraction));

        assertThat(read).isEqualTo(extraction);
        assertThat(read.document().text()).isEqualTo(TEXT);
    }

    @Test
    void keepsAbsentOptionalFieldsAbsent() {
        Document document = new Document("b.txt", "hdfs://n/b.txt", "h", "text/plain", "x", null, null, null, null);
        Extraction bare = Extraction.ofEntities(document, List.of(), List.of());

        assertThat(ExtractionCodec.read(ExtractionCodec.write(bare))).isEqualTo(bare);
    }

    private static Extraction extraction() {
        Document document = new Document(
                "a.txt",
                "docs/a.txt",
                Document.hashOf(TEXT),
                "text/plain",
                TEXT,
                "Loans",
                "A. Author",
                "Desk",
                "2024-05",
                "dateline");
        Mention belarus = new Mention(0, 7, "Belarus", EntityType.GPE, "Belarus");
        Mention president = new Mention(49, 59, "Lukashenko", EntityType.PERSON, null);
        Entity state =
                new Entity("gpe:belarus", "Belarus", EntityType.GPE, List.of("Republic of Belarus"), List.of(belarus));
        Entity person = new Entity("person:lukashenko", "Lukashenko", EntityType.PERSON, List.of(), List.of(president));
        Evidence signed = new Evidence(0, 48, TEXT.substring(0, 48));
        Evidence heads = new Evidence(49, 74, TEXT.substring(49, 74));
        Event event =
                new Event(EventType.AGREE, "057", "2024-05", List.of("gpe:belarus"), null, List.of(signed), "signed");
        Quantity loan = new Quantity(1.5e9, "USD", "loan", "about", List.of("gpe:belarus"), null, signed);
        Relation relation = new Relation(RelationType.ROLE, "person:lukashenko", "gpe:belarus", "President", heads);
        Level level = new Level(List.of("gpe:belarus", "gpe:china"), "strategic partnership", 4, null, true, signed);
        return new Extraction(
                document,
                List.of(state, person),
                List.of(event),
                List.of(loan),
                List.of(relation),
                List.of("1: a warning"),
                List.of(level));
    }
}

package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EventArgumentsIT {
    private static List<Event> events(String text, @Nullable String published) {
        Document doc = new Document("args.txt", "args.txt", "args", "text/plain", text, null, null, null, published);
        return Pipeline.shared().extract(doc).events();
    }

    @Test
    void anOrganisationBringsTheStateItsNameHolds() {
        String text = "In 2017, the National Academy of Sciences of Estonia signed a cooperation agreement with Kenya.";

        List<Event> agreements = events(text, null).stream()
                .filter(e -> e.type() == EventType.AGREE)
                .toList();

        assertThat(agreements)
                .singleElement()
                .satisfies(e -> assertThat(e.participants()).contains("kenya", "estonia"));
    }

    @Test
    void aDateAfterTheDocumentsDateDatesNoEvent() {
        String text = "Kenya signed a contract with Estonia to supply patrol boats in 2031.";

        List<Event> events = events(text, "2021-05-10");

        assertThat(events).noneMatch(e -> "2031".equals(e.date()));
    }
}

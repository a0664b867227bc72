package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilat.model.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TimeAnchorTest {
    @Test
    void isThePublicationDateWhenTheDocumentStatesOne() {
        assertThat(TimeAnchor.of(document("Talks were held in 2019.", "2021-03-02")))
                .isEqualTo("2021-03-02");
    }

    @Test
    void isTheLatestYearTheTextNamesOtherwise() {
        assertThat(TimeAnchor.of(document("Founded in 1994, renamed in 2012 and sold in 2009.", null)))
                .isEqualTo("2012");
    }

    @Test
    void ignoresNumbersThatAreNotYearsAndYearsStillToCome() {
        assertThat(TimeAnchor.of(document("Model MZ-2019 carries 2500 kg until 2999.", null)))
                .isNull();
    }

    private static Document document(String text, @Nullable String published) {
        return new Document("a.txt", "a.txt", "h", "text/plain", text, null, null, null, published);
    }
}

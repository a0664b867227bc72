package org.bilat.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bilat.model.BilatException;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
    @Test
    void rejectsAPageBelowOne() {
        assertThatThrownBy(() -> new SearchQuery("", null, null, null, null, null, 0, 20))
                .isInstanceOf(BilatException.class)
                .hasMessage("page: must be at least 1, was 0");
    }

    @Test
    void rejectsAPageSizeOutsideOneToAHundred() {
        assertThatThrownBy(() -> new SearchQuery("", null, null, null, null, null, 1, 101))
                .isInstanceOf(BilatException.class)
                .hasMessage("pageSize: must be between 1 and 100, was 101");
        assertThatThrownBy(() -> new SearchQuery("", null, null, null, null, null, 1, 0))
                .hasMessage("pageSize: must be between 1 and 100, was 0");
    }

    @Test
    void rejectsFromAfterTo() {
        assertThatThrownBy(() -> new SearchQuery("", null, null, 2020, 2010, null, 1, 20))
                .isInstanceOf(BilatException.class)
                .hasMessage("from: must not be after to, was 2020 > 2010");
    }

    @Test
    void takesBlankTypeAndSourceAsNoFilter() {
        SearchQuery query = new SearchQuery("x", null, " ", 2010, 2010, "", 1, 20);

        assertThat(query.type()).isNull();
        assertThat(query.source()).isNull();
    }
}

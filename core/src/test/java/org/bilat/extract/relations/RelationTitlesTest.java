package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bilat.extract.text.RoleTitles;
import org.bilat.extract.text.RoleTitles.Kind;
import org.junit.jupiter.api.Test;

class RelationTitlesTest {
    @Test
    void readsEachWordWithEveryPartItMayPlay() {
        RoleTitles titles = RoleTitles.of(
                List.of(new String[] {"head", "minister"}, new String[] {"portfolio", "minister"}, new String[] {
                    "modifier", "Deputy"
                }));

        assertThat(titles.is(Kind.HEAD, "Minister")).isTrue();
        assertThat(titles.is(Kind.PORTFOLIO, "minister")).isTrue();
        assertThat(titles.is(Kind.MODIFIER, "deputy")).isTrue();
        assertThat(titles.is(Kind.HEAD, "deputy")).isFalse();
        assertThat(titles.isTitleWord("DEPUTY")).isTrue();
    }

    @Test
    void bundledListKnowsCommonPostsAndTheirFields() {
        RoleTitles titles = RoleTitles.load();

        assertThat(List.of("president", "premier", "chairwoman", "attaché", "spokesperson", "editor"))
                .allMatch(word -> titles.is(Kind.HEAD, word));
        assertThat(titles.is(Kind.PORTFOLIO, "Minister")).isTrue();
        assertThat(titles.is(Kind.ENVOY, "Ambassador")).isTrue();
        assertThat(titles.is(Kind.MODIFIER, "first")).isTrue();
        assertThat(titles.isTitleWord("Kenya")).isFalse();
    }

    @Test
    void rejectsARowWithoutKindAndWord() {
        List<String[]> rows = List.<String[]>of(new String[] {"head"});

        assertThatThrownBy(() -> RoleTitles.of(rows))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("/extract/titles.tsv: expected kind<TAB>word, got head");
    }
}

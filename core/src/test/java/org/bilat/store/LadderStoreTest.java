package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bilat.model.BilatException;
import org.bilat.model.EntityType;
import org.bilat.model.Extraction;
import org.bilat.model.Level;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class LadderStoreTest {
    private static final String FIRST = "Ruritania and Borduria declared a strategic partnership in 2011.";
    private static final String SECOND = "Borduria and Ruritania became strategic partners; their strategic partnership"
            + " dates from 2014, when Ruritania signed it.";

    @RegisterExtension
    final TestStore stores;

    LadderStoreTest(Engine engine) {
        this.stores = TestStore.on(engine);
    }

    @Test
    void savesLevelsAndReadsThePairFromEitherEnd() {
        try (Store store = stores.open()) {
            store.save(withLevel("first.txt", FIRST, "strategic partnership", "2011"));
            List<LadderStep> steps = store.ladder("Borduria", "Ruritania");
            assertThat(steps).singleElement().satisfies(step -> {
                assertThat(step.a().id()).isEqualTo("borduria");
                assertThat(step.b().id()).isEqualTo("ruritania");
                assertThat(step.rank()).isEqualTo(3);
                assertThat(step.date()).isEqualTo("2011");
                assertThat(step.formal()).isTrue();
                assertThat(step.passage().source()).isEqualTo("first.txt");
            });
            assertThat(store.ladder("Ruritania", null)).hasSize(1);
            assertThat(store.ladder(null, null)).hasSize(1);
        }
    }

    @Test
    void differentDatesOfOneStepAreADateConflict() {
        try (Store store = stores.open()) {
            store.save(withLevel("first.txt", FIRST, "strategic partnership", "2011"));
            store.save(withLevel("second.txt", SECOND, "strategic partnership", "2014"));
            assertThat(store.conflicts()).anySatisfy(conflict -> {
                assertThat(conflict.kind()).isEqualTo(Conflict.Kind.DATE);
                assertThat(conflict.thing()).contains("strategic partnership");
                assertThat(conflict.claims()).extracting(Claim::value).containsExactly("2011", "2014");
            });
        }
    }

    @Test
    void anUnknownStateIsAnError() {
        try (Store store = stores.open()) {
            assertThatThrownBy(() -> store.ladder("Syldavia", null))
                    .isInstanceOf(BilatException.class)
                    .hasMessage("Syldavia: no such entity");
        }
    }

    private static Extraction withLevel(String source, String text, String label, @Nullable String date) {
        Extraction base = Fixtures.extraction(
                source,
                text,
                Fixtures.entity("ruritania", "Ruritania", EntityType.GPE, text, "Ruritania"),
                Fixtures.entity("borduria", "Borduria", EntityType.GPE, text, "Borduria"));
        String quote = text.substring(0, text.indexOf(date == null ? "." : date) + (date == null ? 0 : 4));
        Level level = new Level(List.of("ruritania", "borduria"), label, 3, date, true, Fixtures.evidence(text, quote));
        return new Extraction(
                base.document(), base.entities(), List.of(), List.of(), List.of(), List.of(), List.of(level));
    }
}

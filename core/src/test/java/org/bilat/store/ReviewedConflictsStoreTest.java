package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Conflicts read the reviewed state: rejected sides left out unless asked for, every side saying its review. */
@ParameterizedClass
@EnumSource(Engine.class)
class ReviewedConflictsStoreTest {
    @RegisterExtension
    final TestStore stores;

    ReviewedConflictsStoreTest(Engine engine) {
        this.stores = TestStore.on(engine);
    }

    private static void judge(Store store, FactKind kind, String quoteStart, JudgementAction action) {
        String key = store.reviewQueue(null).stream()
                .filter(item -> item.kind() == kind && item.quote().startsWith(quoteStart))
                .findFirst()
                .orElseThrow()
                .key();
        store.judge(key, action, action == JudgementAction.EDIT ? Map.of("value", "250") : Map.of(), "ana", null);
    }

    @Test
    void aRejectedSideSettlesItsConflictUntilRejectedFactsAreShown() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());
            store.save(FactsStoreTest.second());
            judge(store, FactKind.EVENT, "Ruritania began developing", JudgementAction.ACCEPT);
            judge(store, FactKind.EVENT, "Work on the Falcon-3", JudgementAction.REJECT);

            assertThat(store.conflicts()).extracting(Conflict::kind).containsExactly(Conflict.Kind.FIGURE);
            assertThat(store.conflicts(AsOf.now(), true))
                    .filteredOn(c -> c.kind() == Conflict.Kind.DATE)
                    .singleElement()
                    .satisfies(conflict -> assertThat(conflict.claims())
                            .extracting(Claim::value, Claim::review)
                            .containsExactly(tuple("2014", "accepted"), tuple("2015", "rejected")));
        }
    }

    @Test
    void figureSidesSayTheirReviewAndAnEditedValueStandsForTheMachines() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());
            store.save(FactsStoreTest.second());
            judge(store, FactKind.FIGURE, "a range", JudgementAction.EDIT);

            assertThat(store.conflicts(AsOf.now(), false))
                    .filteredOn(c -> c.kind() == Conflict.Kind.FIGURE)
                    .singleElement()
                    .satisfies(conflict -> assertThat(conflict.claims())
                            .extracting(Claim::value, Claim::review)
                            .containsExactly(
                                    tuple("250 KM (up to)", "edited"), tuple("200 KM (more than)", "unreviewed")));
            judge(store, FactKind.FIGURE, "Its maximum range", JudgementAction.REJECT);
            assertThat(store.conflicts()).noneMatch(c -> c.kind() == Conflict.Kind.FIGURE);
            assertThat(store.conflicts(AsOf.now(), true))
                    .filteredOn(c -> c.kind() == Conflict.Kind.FIGURE)
                    .flatExtracting(Conflict::claims)
                    .extracting(Claim::review)
                    .containsExactly("edited", "rejected");
        }
    }
}

package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilat.store.Fixtures.entity;
import static org.bilat.store.Fixtures.event;
import static org.bilat.store.Fixtures.extraction;
import static org.bilat.store.Fixtures.withFacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.bilat.model.BilatException;
import org.bilat.model.EntityType;
import org.bilat.model.EventType;
import org.bilat.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A hub entity's events and documents read a page at a time: every item once, in order, whatever the page size. */
@ParameterizedClass
@EnumSource(Engine.class)
class HappeningPagesTest {
    private static final String[] DATES = {"2015", "2015-05", "2015-05-12", null, "2010/2016", "2014-02", "2015-05"};

    @RegisterExtension
    final TestStore stores;

    HappeningPagesTest(Engine engine) {
        this.stores = TestStore.on(engine);
    }

    /** Document i: Ruritania meets and agrees with one of four partners, on dates that repeat, overlap or are absent. */
    static Extraction document(int i) {
        String partner = "Land" + (char) ('A' + i % 4);
        String text = String.format(
                Locale.ROOT,
                "Ruritania and %s held talks (report %d). Ruritania and %s signed an accord.",
                partner,
                i,
                partner);
        Extraction entities = extraction(
                String.format(Locale.ROOT, "report-%02d.txt", i),
                text,
                entity("ruritania", "Ruritania", EntityType.GPE, text, "Ruritania"),
                entity(partner.toLowerCase(Locale.ROOT), partner, EntityType.GPE, text, partner));
        List<String> both = List.of("ruritania", partner.toLowerCase(Locale.ROOT));
        return withFacts(
                entities,
                List.of(
                        event(EventType.MEET, DATES[i % DATES.length], both, text, "held talks"),
                        event(EventType.AGREE, DATES[(i + 3) % DATES.length], both, text, "signed an accord")),
                List.of(),
                List.of());
    }

    @Test
    void pagesOfEventsHoldEveryHappeningOnceInOrderOfTheirEarliestDay() {
        try (Store store = stores.open()) {
            for (int i = 0; i < 17; i++) {
                store.save(document(i));
            }
            List<String> all = store.timeline(new TimelineFilter("ruritania", null, null, null)).stream()
                    .map(HappeningRow::id)
                    .sorted()
                    .toList();
            assertThat(all).hasSizeGreaterThan(8);

            for (int size : new int[] {1, 3, 4, all.size(), all.size() + 5}) {
                List<HappeningRow> read = readAll(store, size);

                assertThat(read).extracting(HappeningRow::id).doesNotHaveDuplicates();
                assertThat(read.stream().map(HappeningRow::id).sorted().toList())
                        .isEqualTo(all);
                assertThat(read).isSortedAccordingTo(Comparator.comparing(HappeningPagesTest::earliestDay));
            }
        }
    }

    @Test
    void firstPageCountsEveryHappeningAndTheLastHasNoNext() {
        try (Store store = stores.open()) {
            for (int i = 0; i < 9; i++) {
                store.save(document(i));
            }
            int total = store.timeline(new TimelineFilter("Ruritania", null, null, null))
                    .size();

            HappeningPage first = store.timeline("Ruritania", null, 4);
            HappeningPage whole = store.timeline("Ruritania", null, total);

            assertThat(first.total()).isEqualTo(total);
            assertThat(first.happenings()).hasSize(4);
            assertThat(first.next()).isNotNull();
            assertThat(whole.happenings()).hasSize(total);
            assertThat(whole.next()).isNull();
            assertThatThrownBy(() -> store.timeline("Ruritania", "no cursor", 4))
                    .isInstanceOf(BilatException.class)
                    .hasMessageContaining("after");
        }
    }

    @Test
    void entityPageKeepsTheFirstDocumentsBySourceAndOnlyTheirMentions() {
        try (Store store = stores.open()) {
            for (int i = 5; i >= 0; i--) {
                store.save(document(i));
            }

            EntityDetail page = store.entity("ruritania", 500, 2).orElseThrow();

            assertThat(page.documents())
                    .extracting(DocumentRow::source)
                    .containsExactly("report-00.txt", "report-01.txt");
            assertThat(page.mentions())
                    .isNotEmpty()
                    .extracting(MentionQuote::source)
                    .containsOnly("report-00.txt", "report-01.txt");
            assertThat(page.entity().documents()).isEqualTo(6);
        }
    }

    private static List<HappeningRow> readAll(Store store, int size) {
        List<HappeningRow> read = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            HappeningPage page = store.timeline("ruritania", after, size);
            assertThat(page.happenings()).hasSizeLessThanOrEqualTo(size);
            read.addAll(page.happenings());
            after = page.next();
            pages++;
        } while (after != null && pages < 100);
        return read;
    }

    /** The earliest first day of the happening's accounts, undated last: the order of the pages. */
    private static String earliestDay(HappeningRow row) {
        return row.reports().stream()
                .map(report ->
                        DateSpan.parse(report.date()).map(span -> span.first().toString()))
                .flatMap(java.util.Optional::stream)
                .min(Comparator.naturalOrder())
                .orElse("9999-99-99");
    }
}

package org.bilat.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.bilat.store.AsOf;
import org.bilat.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestTest {
    @TempDir
    Path dir;

    private Store store;
    private Briefs briefs;
    private LocalDate today;

    @BeforeEach
    void storeTheDossier() {
        store = Dossier.store(dir);
        briefs = Briefs.of(store, Clock.systemUTC());
        today = LocalDate.now(ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String digest(Period period) {
        return new String(briefs.digest(period, BriefFormat.MD), StandardCharsets.UTF_8);
    }

    @Test
    void listsTheDocumentsEventsFiguresEntitiesAndConflictsThatEnteredInThePeriod() {
        String md = digest(new Period(today, today));

        assertThat(md).startsWith("# Digest: " + today + " to " + today + "\n");
        assertThat(md).contains("2 documents entered the store");
        assertThat(md).contains("| AGREE | 2 |").contains("| EXERCISE | 1 |");
        assertThat(md).contains("| 3,100,000,000 | USD | bilateral trade |");
        assertThat(md)
                .contains("**GPE** (2): Borduria (6 mentions in 2 documents), Ruritania")
                .contains("**PRODUCT** (1): Falcon (1 mention in 1 document)");
        assertThat(md).containsSubsequence("## New conflicts between sources", "The figure of");
    }

    @Test
    void aDigestAsOfADayLeavesOutTheDocumentsIngestedAfterIt() {
        Period march = new Period(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
        try (Store stored = Dossier.storeOnTwoDays(
                dir.resolve("two-days"),
                Instant.parse("2026-03-02T10:00:00Z"),
                Instant.parse("2026-03-09T10:00:00Z"))) {
            Briefs written = Briefs.of(stored, Clock.systemUTC());
            String then = new String(
                    written.digest(march, BriefFormat.MD, AsOf.parse("2026-03-05", false, "--as-of")),
                    StandardCharsets.UTF_8);
            String now = new String(written.digest(march, BriefFormat.MD), StandardCharsets.UTF_8);

            assertThat(then).contains("ruritania-2019.txt").doesNotContain("borduria-2020.txt");
            assertThat(then).doesNotContain("3,100,000,000");
            assertThat(now).contains("borduria-2020.txt").contains("3,100,000,000");
            assertThatThrownBy(() -> written.digest(march, BriefFormat.MD, AsOf.parse("2026-02-28", false, "x")))
                    .hasMessageStartingWith("digest: no document was ingested");
        }
    }

    @Test
    void trendComparesEventsDatedInThePeriodWithThePeriodBefore() {
        Period period = new Period(LocalDate.parse("2017-01-01"), LocalDate.parse("2018-12-31"));
        String md = Digest.markdown(new DigestReader(store).read(period), "2030-01-01");

        assertThat(md).contains("against the previous period of equal length, 2015-01-02 to 2016-12-31");
        assertThat(md).contains("**military cooperation**: 1 dated in the period, more than the 0 of the period");
        assertThat(md).contains("**political visits and agreements**: 0 dated in the period, fewer than the 1 of");
        assertThat(md).contains("**economy and finance**: 2 dated in the period, more than the 0");
    }

    @Test
    void aPeriodWithNothingIngestedIsAnErrorNotAnEmptyDigest() {
        Period later = new Period(today.plusDays(1), today.plusDays(7));

        assertThatThrownBy(() -> briefs.digest(later, BriefFormat.MD))
                .hasMessageStartingWith("digest: no document was ingested from " + later);
    }
}

package org.bilat.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bilat.store.AsOf;
import org.bilat.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Store store;
    private Briefs briefs;

    @BeforeEach
    void storeTheDossier() {
        store = Dossier.store(dir);
        briefs = Briefs.of(store, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String markdown(BriefScope scope) {
        return new String(briefs.brief(scope, BriefFormat.MD), StandardCharsets.UTF_8);
    }

    @Test
    void markdownBriefHasHeadingScopeKeyNumbersAndDatedChronology() {
        String md = markdown(new BriefScope(List.of("Ruritania", "Borduria"), true, null, null));

        assertThat(md)
                .startsWith("# Brief: Ruritania and Borduria, all years\n\nScope: Ruritania and Borduria, all years.");
        assertThat(md).contains("Assembled by Bilat on 2030-03-01 from 2 stored documents");
        assertThat(md).contains("2 documents from 2 sources state the 3 events and 2 figures");
        assertThat(md)
                .containsSubsequence(
                        "## Chronology", "**2015** — AGREE: signed", "**2016-05-12** — AGREE", "**2018** — EXERCISE");
    }

    @Test
    void aBriefAsOfADayBeforeTheSecondDocumentLeavesOutWhatItBrought() {
        Path twoDays = dir.resolve("two-days");
        try (Store stored = Dossier.storeOnTwoDays(
                twoDays, Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-03-09T10:00:00Z"))) {
            Briefs written = Briefs.of(stored, CLOCK);
            BriefScope pair = new BriefScope(List.of("Ruritania", "Borduria"), true, null, null);
            String then = new String(
                    written.brief(pair.asOf(AsOf.parse("2026-03-05", false, "--as-of")), BriefFormat.MD),
                    StandardCharsets.UTF_8);
            String now = new String(written.brief(pair, BriefFormat.MD), StandardCharsets.UTF_8);

            assertThat(then).startsWith("# Brief: Ruritania and Borduria, all years, as known on 2026-03-05\n");
            assertThat(then).contains("ruritania-2019.txt").doesNotContain("borduria-2020.txt");
            assertThat(then).doesNotContain("3.1 billion").doesNotContain("comprehensive strategic partnership");
            assertThat(now).contains("borduria-2020.txt").contains("3.1 billion");
        }
    }

    @Test
    void everyStatementCitesANoteWithItsQuoteAndSource() {
        String md = markdown(BriefScope.all());

        assertThat(md).contains("| 2,500,000,000 | USD | bilateral trade | Ruritania, Borduria | 2017 | \\[");
        assertThat(md)
                .contains("## Notes\n\n1. “raised their ties to a comprehensive strategic partnership in 2019”")
                .contains(". “signed the friendship treaty in 2015” — Notes on borduria-2020.txt,"
                        + " Szohod Daily, 2020-01-15, file borduria-2020.txt");
        assertThat(md).contains("**Falcon**, made by Zenda Works \\[");
    }

    @Test
    void ladderOfThePairFollowsKeyNumbersWithEveryStepFootnoted() {
        String md = markdown(new BriefScope(List.of("Ruritania", "Borduria"), true, null, null));

        assertThat(md)
                .containsSubsequence(
                        "## Key numbers",
                        "## Partnership ladder",
                        "### Borduria – Ruritania",
                        "- **2019** — comprehensive strategic partnership (rank 5, formal) \\[",
                        "- **undated** — iron brothers (rank 8, informal) \\[",
                        "## Chronology");
        assertThat(md)
                .contains("“raised their ties to a comprehensive strategic partnership in 2019” — Notes on"
                        + " borduria-2020.txt, Szohod Daily, 2020-01-15, file borduria-2020.txt")
                .contains("“Their envoys call them iron brothers” — Notes on borduria-2020.txt");
    }

    @Test
    void aStateAloneGivesItsPairsAndYearsDropStepsOutsideThem() {
        assertThat(markdown(new BriefScope(List.of("Borduria"), false, null, null)))
                .contains("### Borduria – Ruritania");
        assertThat(markdown(new BriefScope(List.of("Borduria"), false, 2015, 2017)))
                .contains("## Partnership ladder\n\nNo stored level step between two states in this scope.");
    }

    @Test
    void conflictingFiguresAppearWithBothSides() {
        String md = markdown(BriefScope.all());

        assertThat(md)
                .containsSubsequence(
                        "## Open conflicts between sources", "The figure of", "2,500,000,000 USD", "3,100,000,000 USD");
    }

    @Test
    void yearsNarrowTheBriefAndAnEmptyScopeIsAnError() {
        String md = markdown(new BriefScope(List.of(), false, 2018, 2018));

        assertThat(md).contains("EXERCISE").doesNotContain("AGREE (");
        assertThatThrownBy(() -> briefs.brief(new BriefScope(List.of(), false, 1990, 1991), BriefFormat.MD))
                .hasMessage("brief: no stored event or figure for All stored documents, 1990–1991; widen the years"
                        + " or name other entities");
    }

    @Test
    void unknownEntityIsAnErrorNamingIt() {
        assertThatThrownBy(() -> briefs.brief(new BriefScope(List.of("Syldavia"), false, null, null), BriefFormat.MD))
                .hasMessage("Syldavia: no such entity");
    }

    @Test
    void htmlEscapesSourceTextThatLooksLikeMarkup() {
        String html = new String(briefs.brief(BriefScope.all(), BriefFormat.HTML), StandardCharsets.UTF_8);

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(html).contains("<h2>Key figures</h2>").contains("<table>");
    }

    @Test
    void pdfCarriesCyrillicAndChineseTextInEmbeddedFonts() throws IOException {
        byte[] pdf = briefs.brief(BriefScope.all(), BriefFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Brief: All stored documents")
                    .contains(Dossier.CYRILLIC)
                    .contains(Dossier.CHINESE);
        }
    }
}

package org.bilat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMetadataTest {
    @Test
    void takesPublisherUpToVolumeAndYearFromIssueLine() {
        Citation c =
                TextMetadata.from("Water rights\n\nPublication: Asia Policy Review Volume: 9 Issue: 12 2019\n", true);

        assertThat(c.title()).isEqualTo("Water rights");
        assertThat(c.publisher()).isEqualTo("Asia Policy Review");
        assertThat(c.published()).isEqualTo("2019");
    }

    @Test
    void takesPublisherOnlyFromALabel() {
        assertThat(TextMetadata.from("Title\nPublished by Northern Press\n", true)
                        .publisher())
                .isEqualTo("Northern Press");
        assertThat(TextMetadata.from("Title\nPublication of the report was delayed.\n", true)
                        .publisher())
                .isNull();
    }

    @Test
    void takesAuthorFromLineAfterBareLabelWithoutAffiliation() {
        Citation c =
                TextMetadata.from("Some long opening.\nAuthor:\n- Nadia Petrenko, Senior Fellow, Institute\n", true);

        assertThat(c.author()).isEqualTo("Nadia Petrenko");
    }

    @Test
    void takesAuthorFromByLine() {
        assertThat(TextMetadata.from("Title\nBy Jean-Paul de la Croix\nText.", true)
                        .author())
                .isEqualTo("Jean-Paul de la Croix");
        assertThat(TextMetadata.from("Title\nWritten by: Ana Silva | Staff\n", true)
                        .author())
                .isEqualTo("Ana Silva");
    }

    @Test
    void doesNotTakeProseOrDatesForAuthor() {
        assertThat(TextMetadata.from("Title\nBy contrast, the talks failed.\n", true)
                        .author())
                .isNull();
        assertThat(TextMetadata.from("by\nMarch 3 – March 9, 2018\nNews\n", true)
                        .author())
                .isNull();
        assertThat(TextMetadata.from("Title\nBy the end of 2019 trade grew.\n", true)
                        .author())
                .isNull();
    }

    @Test
    void readsLabelledDates() {
        assertThat(TextMetadata.from("Title\nPosted: 21.08.2024\n", true).published())
                .isEqualTo("2024-08-21");
        assertThat(TextMetadata.from("Title\nPublished on March 3, 2021\n", true)
                        .published())
                .isEqualTo("2021-03-03");
        assertThat(TextMetadata.from("Title\nDate: 2022-11-05T10:00:00Z\n", true)
                        .published())
                .isEqualTo("2022-11-05");
    }

    @Test
    void readsMastheadRangeAsItsFirstDay() {
        Citation c = TextMetadata.from("by\nDecember 11 – December 17, 2017\nSecurity issues\n", true);

        assertThat(c.published()).isEqualTo("2017-12-11");
        assertThat(c.title()).isEqualTo("Security issues");
    }

    @Test
    void readsDatelinesInEitherOrder() {
        assertThat(TextMetadata.from("Title\n4 July 2016\n", true).published()).isEqualTo("2016-07-04");
        assertThat(TextMetadata.from("Title\nBAKU, Sept. 14, 2015 - Officials met.\n", true)
                        .published())
                .isEqualTo("2015-09-14");
        assertThat(TextMetadata.from("Title\nOctober 2010\n", true).published()).isEqualTo("2010-10");
    }

    @Test
    void ignoresDatesInsideProse() {
        String prose = "Title\nIn a statement issued in January 2025 the two ministers praised the growth of trade.\n";

        assertThat(TextMetadata.from(prose, true).published()).isNull();
    }

    @Test
    void ignoresMetadataBelowTheHead() {
        String text = "Title\n" + "line\n".repeat(TextMetadata.HEAD_LINES) + "Posted: 21.08.2024\n";

        assertThat(TextMetadata.from(text, true).published()).isNull();
    }

    @Test
    void readsMarkdownFrontMatterAndHeadings() {
        Citation c =
                TextMetadata.from("---\ntitle: Arms sales\nauthor: Li Wei\ndate: 2023-04-01\n---\n# Heading\n", true);

        assertThat(c.title()).isEqualTo("Arms sales");
        assertThat(c.author()).isEqualTo("Li Wei");
        assertThat(c.published()).isEqualTo("2023-04-01");
        assertThat(TextMetadata.from("\n\n## Gas deal ##\ntext", true).title()).isEqualTo("Gas deal");
    }

    @Test
    void takesNoTitleFromProseOrWhenNotAsked() {
        assertThat(TextMetadata.from("word ".repeat(60), true).title()).isNull();
        assertThat(TextMetadata.from("Short heading\ntext", false).title()).isNull();
    }

    @Test
    void readsTheDateOfALeadingDateLineGluedToTheFirstSentence() {
        Citation c = TextMetadata.from(" date 2023-06-14 Ruritania and Borduria sign a pact on fisheries.\n", true);

        assertThat(c.published()).isEqualTo("2023-06-14");
        assertThat(c.dateSource()).isEqualTo("date label");
    }

    @Test
    void readsMastheadLines() {
        assertThat(TextMetadata.from("Talks resume\n\nMonday, 4 March 2019, 09:10 GMT\n\nText.", true)
                        .published())
                .isEqualTo("2019-03-04");
        assertThat(TextMetadata.from("Talks resume\nPublished Jun 3, 2021 8:15 AM by The Harbour Gazette\n", true)
                        .published())
                .isEqualTo("2021-06-03");
        assertThat(TextMetadata.from("Talks resume\nPosted: 21.08.2024\n", true).published())
                .isEqualTo("2024-08-21");
        assertThat(TextMetadata.from("Talks resume\nBy Staff Published Date - 09:40 AM, Tue - 14 March 23\n", true)
                        .published())
                .isEqualTo("2023-03-14");
    }

    @Test
    void readsADateGluedBetweenPageLabels() {
        Citation c = TextMetadata.from(
                "Ministry of Waterways of Syldavia\nPress release02 May 2021Department of Rivers and Canals 2 min read\n",
                true);

        assertThat(c.published()).isEqualTo("2021-05-02");
    }

    @Test
    void takesTheYearOfADatelineWithoutOneFromTheText() {
        Citation c = TextMetadata.from(
                "Drills begin\n\nKLOW, Sept. 9 (Syldavian Wire) -- Troops of Syldavia and Borduria began the drill"
                        + " \"Northern Bridge 2017\", after a first one in 2015, and plan more by 2030.\n",
                true);

        assertThat(c.published()).isEqualTo("2017-09-09");
        assertThat(c.dateSource()).isEqualTo("dateline, year from the text");
        assertThat(TextMetadata.from("SZOHOD, Borduria, March 3. The talks of 2012 ended.\n", true)
                        .published())
                .isEqualTo("2012-03-03");
    }

    @Test
    void takesTheDateFromTheDocumentsOwnAddress() {
        Citation c = TextMetadata.from(
                "Talks resume\nThe two ministers met.\nSource: https://news.example.org/world/2018/11/05/talks-resume\n",
                true);

        assertThat(c.published()).isEqualTo("2018-11-05");
        assertThat(c.dateSource()).isEqualTo("source URL");
    }

    @Test
    void skipsADateThatDoesNotExist() {
        assertThat(TextMetadata.from("Talks resume\nPublished: 31 February 2021\n", true)
                        .published())
                .isNull();
    }
}

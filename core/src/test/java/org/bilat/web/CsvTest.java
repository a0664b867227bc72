package org.bilat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bilat.model.Evidence;
import org.bilat.store.Passage;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotesCellsWithCommasQuotesAndLineBreaks() {
        assertThat(Csv.cell("plain")).isEqualTo("plain");
        assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.cell("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void keepsSpreadsheetsFromRunningCellsAsFormulas() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("@cmd")).isEqualTo("'@cmd");
    }

    @Test
    void writesAHeaderThenOneLinePerRowWithSourcesAndTheFirstQuote() {
        RegisterTable table = new RegisterTable(
                "agreements",
                "Agreements",
                List.of("Date", "Participants"),
                List.of(new RegisterTable.Row(
                        List.of("2015", "Ruritania; Borduria"),
                        Map.of(),
                        List.of(
                                new Passage("d1", "a.txt", new Evidence(0, 6, "signed")),
                                new Passage("d2", "b.txt", new Evidence(3, 9, "agreed"))))));

        assertThat(Csv.of(table))
                .isEqualTo("Date,Participants,Sources,Quote\r\n2015,Ruritania; Borduria,a.txt; b.txt,signed\r\n");
    }
}

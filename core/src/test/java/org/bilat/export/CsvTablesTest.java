package org.bilat.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bilat.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTablesTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryRegisterTheFiguresAndTheEventsAsCsvJacksonReadsBack() throws Exception {
        Path folder = dir.resolve("csv");
        try (Store store = Dossier.fill(dir.resolve("data"))) {
            Exports.Written written = Exports.export(store, ExportFormat.CSV, folder, new StringWriter());
            assertThat(written.target()).isEqualTo(folder.toString());
        }

        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "agreements.csv",
                            "exercises.csv",
                            "projects.csv",
                            "products.csv",
                            "visits.csv",
                            "figures.csv",
                            "events.csv");
        }
        List<Map<String, String>> figures = read(folder.resolve("figures.csv"));
        assertThat(figures)
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("Value", "200000")
                        .containsEntry("Unit", "KM")
                        .containsEntry("Subjects", "Falcon-3")
                        .containsEntry("Source", "first.txt")
                        .containsEntry("Quote", "Its range is up to 200 km"));
        assertThat(read(folder.resolve("events.csv")))
                .extracting(row -> row.get("Type") + " " + row.get("Participants"))
                .containsExactly("MEET Ruritania; Borduria", "AGREE Borduria; Ruritania");
        assertThat(read(folder.resolve("agreements.csv")))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("Date", "2016-06-03"));
    }

    private static List<Map<String, String>> read(Path file) throws Exception {
        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            return rows.readAll();
        }
    }
}

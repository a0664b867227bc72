package org.bilat.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.bilat.model.EventType;
import org.bilat.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsTsvTest {
    @TempDir
    Path dir;

    @Test
    void writesADyadicCameoCodedRowPerEventWithRootAndQuadClass() throws Exception {
        StringWriter out = new StringWriter();
        try (Store store = Dossier.fill(dir)) {
            Exports.export(store, ExportFormat.EVENTS_TSV, null, out);
        }
        List<List<String>> rows = new BufferedReader(new StringReader(out.toString()))
                .lines()
                .map(line -> List.of(line.split("\t", -1)))
                .toList();

        assertThat(rows.get(0)).isEqualTo(EventsTsv.COLUMNS);
        assertThat(rows.subList(1, rows.size()))
                .containsExactly(
                        List.of(
                                "2015-05",
                                "Ruritania",
                                "Borduria",
                                "040",
                                "04",
                                "1",
                                "Strelsau",
                                "first.txt",
                                "Ruritania and Borduria held talks in Strelsau in May 2015",
                                "MEET"),
                        List.of(
                                "2016-06-03",
                                "Borduria",
                                "Ruritania",
                                "057",
                                "05",
                                "1",
                                "",
                                "second.txt",
                                "Borduria and Ruritania signed a customs accord on 3 June 2016",
                                "AGREE"));
    }

    @Test
    void everyEventTypesDefaultRootIsARowThatListsTheType() {
        CameoRoots roots = new CameoRoots();

        assertThat(roots.all()).hasSize(20);
        for (EventType type : EventType.values()) {
            assertThat(roots.of("", type).bilatTypes()).as(type.name()).contains(type.name());
        }
        assertThat(roots.of("190", EventType.CONFLICT).quadClass()).isEqualTo(4);
        assertThat(roots.of("062", EventType.EXERCISE).quadName()).isEqualTo("Material Cooperation");
    }
}

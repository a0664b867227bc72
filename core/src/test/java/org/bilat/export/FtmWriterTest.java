package org.bilat.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.bilat.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.followthemoney.entity.ValueEntity;
import tech.followthemoney.model.Model;

class FtmWriterTest {
    @TempDir
    Path dir;

    @Test
    void everyLineReadsBackThroughFollowTheMoneysModelWithQuotesInTheNotes() throws Exception {
        Map<String, ValueEntity> read = readBack();

        assertThat(schemaOf(read, "bilat-rudolf-elphberg")).isEqualTo("Person");
        assertThat(schemaOf(read, "bilat-ruritania")).isEqualTo("PublicBody");
        assertThat(schemaOf(read, "bilat-falcon-3")).isEqualTo("Asset");
        ValueEntity talks = read.values().stream()
                .filter(e -> e.getSchema().getName().equals("Event"))
                .filter(e -> e.getCaption().equals("talks in Strelsau"))
                .findFirst()
                .orElseThrow();
        assertThat(talks.getValues(talks.getSchema().getProperty("involved")))
                .containsExactly("bilat-ruritania", "bilat-borduria");
        assertThat(talks.getValues(talks.getSchema().getProperty("notes")))
                .singleElement()
                .asString()
                .contains("Ruritania and Borduria held talks in Strelsau in May 2015", "first.txt");
        assertThat(talks.getValues(talks.getSchema().getProperty("date"))).containsExactly("2015-05");
    }

    @Test
    void rolesBecomeMembershipsOrRepresentationsAndOtherRelationsUnknownLinks() throws Exception {
        Map<String, Long> schemas = new HashMap<>();
        readBack().values().forEach(e -> schemas.merge(e.getSchema().getName(), 1L, Long::sum));

        assertThat(schemas).containsEntry("Membership", 1L);
        assertThat(schemas).containsEntry("Representation", 1L);
        assertThat(schemas).containsEntry("UnknownLink", 1L);
    }

    private static String schemaOf(Map<String, ValueEntity> read, String id) {
        return Objects.requireNonNull(read.get(id), id).getSchema().getName();
    }

    private Map<String, ValueEntity> readBack() throws Exception {
        StringWriter out = new StringWriter();
        try (Store store = Dossier.fill(dir)) {
            Exports.export(store, ExportFormat.FTM, null, out);
        }
        Model model = Model.loadDefault();
        ObjectMapper json = new ObjectMapper();
        Map<String, ValueEntity> entities = new HashMap<>();
        for (String line : out.toString().lines().toList()) {
            ValueEntity entity = ValueEntity.fromJson(model, json.readTree(line));
            entities.put(entity.getId(), entity);
        }
        return entities;
    }
}

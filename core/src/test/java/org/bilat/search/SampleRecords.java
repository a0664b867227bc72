package org.bilat.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Made-up records about made-up relations, shared by the search tests. */
final class SampleRecords {
    static final String ARMS_TEXT =
            "In 2016 Ruritania and Belarus agreed to develop the Polonez rocket system together."
                    + " Officers watched the first Polonez exercises near Strelsau.";
    static final String VISIT_TEXT = "Lukašenka visited Strelsau in May 2018.\n\tHe said: <script>alert(1)</script>"
            + " & the talks went well.\u0007 Joint exercises followed.";

    private SampleRecords() {}

    static List<SearchRecord> all() {
        return List.of(
                entity("polonez", "Polonez", "Polonez; Polonez MLRS; Palanez", "PRODUCT", "02-arms.txt"),
                entity(
                        "lukashenka",
                        "Alaksandar Lukašenka",
                        "Alaksandar Lukašenka; Alexander Lukashenko; Lukashenka",
                        "PERSON",
                        "01-visit.txt",
                        "02-arms.txt"),
                entity("ruritania", "Ruritania", "Ruritania; Republic of Ruritania", "GPE", "02-arms.txt"),
                entity("strelsau", "Strelsau", "Strelsau; city of Strelsau", "GPE", "01-visit.txt"),
                document("a1b2c3d4e5f60001", "Arms cooperation 2016", ARMS_TEXT, 2016, "02-arms.txt"),
                document("a1b2c3d4e5f60002", "State visit", VISIT_TEXT, 2018, "01-visit.txt"),
                event(
                        "a1b2c3d4e5f60001-0",
                        "2016 · DEVELOP · Polonez",
                        "Ruritania and Belarus develop the Polonez rocket system. Polonez Ruritania",
                        "DEVELOP",
                        "2016",
                        List.of(2016),
                        "02-arms.txt"),
                event(
                        "a1b2c3d4e5f60002-0",
                        "2017/2018 · EXERCISE · Ruritania",
                        "Joint exercises of Ruritania's army. Ruritania",
                        "EXERCISE",
                        "2017/2018",
                        List.of(2017, 2018),
                        "01-visit.txt",
                        "02-arms.txt"),
                event(
                        "a1b2c3d4e5f60002-1",
                        "MEET · Alaksandar Lukašenka",
                        "Lukašenka met officials in Strelsau. Alaksandar Lukašenka",
                        "MEET",
                        null,
                        List.of(),
                        "01-visit.txt"));
    }

    static SearchRecord entity(String id, String name, String text, String type, String... sources) {
        return new SearchRecord(SearchKind.ENTITY, id, name, text, type, null, null, List.of(), List.of(sources));
    }

    static SearchRecord document(String id, String title, String text, int year, String source) {
        return new SearchRecord(
                SearchKind.DOCUMENT,
                id,
                title,
                text,
                null,
                null,
                Integer.toString(year),
                List.of(year),
                List.of(source));
    }

    static SearchRecord event(
            String id,
            String title,
            String text,
            String type,
            @Nullable String date,
            List<Integer> years,
            String... sources) {
        return new SearchRecord(SearchKind.EVENT, id, title, text, null, type, date, years, List.of(sources));
    }
}

package org.bilat.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bilat.model.Evidence;
import org.bilat.search.SearchKind;
import org.bilat.search.SearchRecord;
import org.bilat.store.DateSpan;
import org.bilat.store.DocumentRow;
import org.bilat.store.EntityRef;
import org.bilat.store.EntityRow;
import org.bilat.store.HappeningRow;
import org.bilat.store.Store;
import org.bilat.store.TimelineFilter;
import org.jspecify.annotations.Nullable;

/** Turns stored documents, entities and happenings into the records the search index holds. */
final class SearchRecords {
    private static final int TITLE_PARTICIPANTS = 3;

    private SearchRecords() {}

    static List<SearchRecord> documents(Store store, List<DocumentRow> rows) {
        List<SearchRecord> records = new ArrayList<>();
        for (DocumentRow row : rows) {
            String text = store.text(row.id()).orElseThrow();
            String stated = row.title();
            String title = stated == null || stated.isBlank() ? row.source() : stated;
            records.add(new SearchRecord(
                    SearchKind.DOCUMENT,
                    row.id(),
                    title,
                    text,
                    null,
                    null,
                    row.published(),
                    years(row.published()),
                    List.of(row.source())));
        }
        return records;
    }

    static List<SearchRecord> entities(Store store, Map<String, List<String>> sources) {
        List<SearchRecord> records = new ArrayList<>();
        for (EntityRow row : store.entities(null, null, Integer.MAX_VALUE)) {
            String names =
                    Stream.concat(Stream.of(row.name()), row.aliases().stream()).collect(Collectors.joining("; "));
            records.add(new SearchRecord(
                    SearchKind.ENTITY,
                    row.id(),
                    row.name(),
                    names,
                    row.type().name(),
                    null,
                    null,
                    List.of(),
                    sources.getOrDefault(row.id(), List.of())));
        }
        return records;
    }

    static List<SearchRecord> events(Store store) {
        List<SearchRecord> records = new ArrayList<>();
        for (HappeningRow row : store.timeline(TimelineFilter.all())) {
            List<String> names =
                    row.participants().stream().map(EntityRef::name).toList();
            String title = (row.date() == null ? "undated" : row.date()) + " · " + row.type() + " · "
                    + String.join(", ", names.subList(0, Math.min(TITLE_PARTICIPANTS, names.size())));
            String quotes = row.reports().stream()
                    .flatMap(report -> report.evidence().stream())
                    .map(Evidence::quote)
                    .distinct()
                    .collect(Collectors.joining("\n"));
            String text = row.summary() + "\n" + quotes + "\n" + String.join("; ", names);
            records.add(new SearchRecord(
                    SearchKind.EVENT,
                    row.id(),
                    title,
                    text,
                    null,
                    row.type().name(),
                    row.date(),
                    years(row.date()),
                    row.sources()));
        }
        return records;
    }

    private static List<Integer> years(@Nullable String date) {
        return DateSpan.parse(date).map(DateSpan::years).orElse(List.of());
    }
}

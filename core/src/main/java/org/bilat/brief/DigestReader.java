package org.bilat.brief;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bilat.store.AsOf;
import org.bilat.store.DocumentRow;
import org.bilat.store.EntityRow;
import org.bilat.store.EventReport;
import org.bilat.store.FigureFilter;
import org.bilat.store.FigureRow;
import org.bilat.store.HappeningRow;
import org.bilat.store.IngestTimes;
import org.bilat.store.Store;
import org.bilat.store.TimelineFilter;

/** Reads from the store what entered it in a period, by each document's ingest time. */
final class DigestReader {
    static final int MAX_ENTITIES = 100_000;
    private final Store store;

    DigestReader(Store store) {
        this.store = store;
    }

    DigestFacts read(Period period) {
        return read(period, AsOf.now());
    }

    /** What documents inside the cut through time brought in the period, against what they stated before it. */
    DigestFacts read(Period period, AsOf asOf) {
        IngestTimes times = store.ingestTimes(asOf);
        Predicate<String> isNew = id -> times.document(id).map(period::contains).orElse(false);
        Predicate<String> isEarlier =
                id -> times.document(id).map(t -> t.isBefore(start(period))).orElse(false);
        List<DocumentRow> documents = store.documents();
        List<HappeningRow> events = store.timeline(TimelineFilter.all().asOf(asOf));
        List<FigureRow> figures = store.figures(FigureFilter.all().asOf(asOf));
        Set<String> newIds =
                documents.stream().map(DocumentRow::id).filter(isNew).collect(Collectors.toSet());
        return new DigestFacts(
                period,
                documents.stream().collect(Collectors.toMap(DocumentRow::id, d -> d)),
                documents.stream().filter(d -> newIds.contains(d.id())).toList(),
                events.stream()
                        .map(h -> toldBy(h, newIds))
                        .filter(h -> !h.reports().isEmpty())
                        .toList(),
                figures.stream().filter(f -> newIds.contains(f.documentId())).toList(),
                figures.stream().filter(f -> isEarlier.test(f.documentId())).toList(),
                newEntities(times, period),
                store.conflicts(asOf).stream()
                        .filter(c -> c.claims().stream()
                                .anyMatch(cl -> newIds.contains(cl.passage().documentId())))
                        .toList(),
                events,
                figures);
    }

    private static Instant start(Period period) {
        return period.since().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The happening with only the accounts of the given documents. */
    private static HappeningRow toldBy(HappeningRow h, Set<String> documents) {
        List<EventReport> reports = h.reports().stream()
                .filter(r -> documents.contains(r.documentId()))
                .toList();
        return new HappeningRow(h.id(), h.type(), h.date(), h.participants(), h.location(), h.summary(), reports);
    }

    private List<EntityRow> newEntities(IngestTimes times, Period period) {
        Map<String, Instant> first = times.entities();
        return store.entities(null, null, MAX_ENTITIES).stream()
                .filter(e -> first.containsKey(e.id()) && period.contains(first.get(e.id())))
                .toList();
    }
}

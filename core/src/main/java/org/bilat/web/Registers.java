package org.bilat.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.bilat.model.Register;
import org.bilat.store.AsOf;
import org.bilat.store.EntityRef;
import org.bilat.store.EntityRow;
import org.bilat.store.EventReport;
import org.bilat.store.HappeningRow;
import org.bilat.store.Passage;
import org.bilat.store.RelationRow;
import org.bilat.store.Store;
import org.bilat.store.TimelineFilter;

/** Builds each register from the store. */
final class Registers {
    private static final List<String> EVENT_COLUMNS = List.of("Date", "Participants", "Place", "Account");

    private final Store store;
    private final AsOf asOf;
    private final boolean showRejected;

    Registers(Store store) {
        this(store, AsOf.now(), false);
    }

    private Registers(Store store, AsOf asOf, boolean showRejected) {
        this.store = store;
        this.asOf = asOf;
        this.showRejected = showRejected;
    }

    /** The registers as the knowledge base stood at the cut (the products' counts are not cut). */
    Registers asOf(AsOf cut) {
        return new Registers(store, cut, showRejected);
    }

    /** The registers with the rows an analyst rejected too (marked so), when {@code show}. */
    Registers showingRejected(boolean show) {
        return new Registers(store, asOf, show);
    }

    RegisterTable table(Register register) {
        List<RegisterTable.Row> rows = switch (register) {
            case AGREEMENTS, EXERCISES, VISITS -> eventRows(happenings(register));
            case PROJECTS -> projects();
            case PRODUCTS -> products();
        };
        List<String> columns = register == Register.PRODUCTS
                ? List.of("Product", "Producers", "Documents", "Mentions")
                : EVENT_COLUMNS;
        return new RegisterTable(register.key(), register.title(), columns, rows);
    }

    /** The happenings of the register's event type that it admits. */
    private List<HappeningRow> happenings(Register register) {
        EventType type = register.events().orElseThrow();
        return store.timeline(new TimelineFilter(null, type, null, null, asOf).showingRejected(showRejected)).stream()
                .filter(row -> register.admits(quotes(row)))
                .toList();
    }

    private static Stream<String> quotes(HappeningRow row) {
        return row.reports().stream()
                .flatMap(report -> report.evidence().stream())
                .map(Evidence::quote);
    }

    private static List<RegisterTable.Row> eventRows(List<HappeningRow> happenings) {
        List<RegisterTable.Row> rows = new ArrayList<>();
        for (HappeningRow row : happenings) {
            List<Passage> passages = passages(row);
            String account = passages.isEmpty()
                    ? row.summary()
                    : passages.get(0).evidence().quote();
            EntityRef place = row.location();
            Map<String, List<EntityRef>> links = new LinkedHashMap<>();
            links.put("Participants", row.participants());
            if (place != null) {
                links.put("Place", List.of(place));
            }
            rows.add(new RegisterTable.Row(
                    List.of(
                            row.date() == null ? "" : row.date(),
                            names(row.participants()),
                            place == null ? "" : place.name(),
                            account),
                    links,
                    passages,
                    row.review(),
                    RegisterFacts.of(row)));
        }
        return rows;
    }

    private static List<Passage> passages(HappeningRow row) {
        List<Passage> passages = new ArrayList<>();
        for (EventReport report : row.reports()) {
            for (Evidence evidence : report.evidence()) {
                passages.add(new Passage(report.documentId(), report.source(), evidence));
            }
        }
        return passages;
    }

    /** Joint ventures and parks set up, then partnerships the documents state. */
    private List<RegisterTable.Row> projects() {
        List<RegisterTable.Row> rows = new ArrayList<>(eventRows(happenings(Register.PROJECTS)));
        for (RelationRow relation :
                store.relations(Register.PROJECTS.relations().orElseThrow(), asOf, showRejected)) {
            List<EntityRef> partners = List.of(relation.subject(), relation.object());
            rows.add(new RegisterTable.Row(
                    List.of(
                            "",
                            names(partners),
                            "",
                            relation.passages().get(0).evidence().quote()),
                    Map.of("Participants", partners),
                    relation.passages(),
                    relation.review(),
                    RegisterFacts.of(List.of(relation))));
        }
        return rows;
    }

    /** Every product with the makers that relations name, most mentioned first. */
    private List<RegisterTable.Row> products() {
        Map<String, List<RelationRow>> madeBy =
                store.relations(Register.PRODUCTS.relations().orElseThrow(), asOf, showRejected).stream()
                        .collect(Collectors.groupingBy(
                                relation -> relation.subject().id(), LinkedHashMap::new, Collectors.toList()));
        List<RegisterTable.Row> rows = new ArrayList<>();
        for (EntityRow product :
                store.entities(Register.PRODUCTS.entities().orElseThrow(), null, Register.MAX_PRODUCTS)) {
            List<RelationRow> relations = madeBy.getOrDefault(product.id(), List.of());
            List<EntityRef> producers = relations.stream()
                    .map(RelationRow::object)
                    .distinct()
                    .sorted(Comparator.comparing(EntityRef::name))
                    .toList();
            EntityRef ref = new EntityRef(product.id(), product.name(), product.type());
            rows.add(new RegisterTable.Row(
                    List.of(
                            product.name(),
                            names(producers),
                            String.valueOf(product.documents()),
                            String.valueOf(product.mentions())),
                    Map.of("Product", List.of(ref), "Producers", producers),
                    relations.stream().flatMap(r -> r.passages().stream()).toList(),
                    null,
                    RegisterFacts.of(relations)));
        }
        return rows;
    }

    private static String names(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::name).collect(Collectors.joining("; "));
    }
}

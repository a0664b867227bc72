package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilat.store.Fixtures.entity;
import static org.bilat.store.Fixtures.event;
import static org.bilat.store.Fixtures.evidence;
import static org.bilat.store.Fixtures.extraction;
import static org.bilat.store.Fixtures.published;
import static org.bilat.store.Fixtures.withFacts;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilat.model.EntityType;
import org.bilat.model.EventType;
import org.bilat.model.Extraction;
import org.bilat.model.Quantity;
import org.bilat.model.Relation;
import org.bilat.model.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An entity's page read in parts: its events in keyset pages with the rejected toggle and a cut through time, and the
 * first of its relations and figures with their totals, always what the whole lists hold.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class EntityPagesTest {
    private static final List<String> ALLIANCES =
            List.of("Northern Pact", "Danube Forum", "Baltic Council", "Arctic League", "Eastern Union");
    private static final AsOf PUBLISHED_BY_2017 = AsOf.parse("2017-01-01", true, "--as-of");

    @RegisterExtension
    final TestStore stores;

    EntityPagesTest(Engine engine) {
        this.stores = TestStore.on(engine);
    }

    @Test
    void pagesWithRejectedAccountsOrACutHoldWhatTheWholeTimelineHolds() {
        try (Store store = stores.open()) {
            for (int i = 0; i < 12; i++) {
                store.save(published(HappeningPagesTest.document(i), i % 3 == 0 ? "2019-02" : "2015"));
            }
            HappeningRow first = store.timeline(filter()).get(0);
            store.judge(first.reports().get(0).key(), JudgementAction.REJECT, Map.of(), "ana", null);

            for (TimelineFilter filter : List.of(
                    filter(),
                    filter().showingRejected(true),
                    filter().asOf(PUBLISHED_BY_2017),
                    filter().showingRejected(true).asOf(PUBLISHED_BY_2017))) {
                List<HappeningRow> whole = store.timeline(filter);
                List<HappeningRow> paged = readAll(store, filter, 3);

                assertThat(paged).extracting(HappeningRow::id).doesNotHaveDuplicates();
                assertThat(paged)
                        .extracting(HappeningRow::id)
                        .containsExactlyInAnyOrderElementsOf(
                                whole.stream().map(HappeningRow::id).toList());
                assertThat(store.timeline(filter, null, 3).total()).isEqualTo(whole.size());
                assertThat(paged).flatExtracting(HappeningRow::reports).hasSameSizeAs(reports(whole));
            }
            assertThat(store.timeline(filter().asOf(PUBLISHED_BY_2017), null, 100)
                            .total())
                    .isLessThan(store.timeline(filter(), null, 100).total());
        }
    }

    @Test
    void happeningsAnEntityIsOnlyNamedInAreOnItsPages() {
        try (Store store = stores.open()) {
            store.save(named());

            HappeningPage page = store.timeline("Polonez", null, 10);

            assertThat(page.total()).isEqualTo(1);
            assertThat(page.happenings().get(0).type()).isEqualTo(EventType.DEVELOP);
        }
    }

    @Test
    void aStoreOfTheVersionBeforeLinksItsEventsToTheEntitiesTheirPassagesNameWhenItOpens() throws SQLException {
        try (Store store = stores.open()) {
            store.save(named());
        }
        try (Connection connection = DriverManager.getConnection(stores.url());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX events_location");
            statement.execute("DROP TABLE event_names");
            statement.execute("DROP INDEX documents_ingested");
            statement.execute("DELETE FROM flyway_schema_history WHERE version IN ('9', '10')");
        }

        try (Store store = stores.open()) {
            assertThat(store.timeline("Polonez", null, 10).total()).isEqualTo(1);
        }
        assertThat(stores.rows("event_names")).isEqualTo(2);
    }

    @Test
    void aPageReadAgainShowsAJudgementMadeSinceAndADocumentAnotherStoreSaved() {
        try (Store store = stores.open()) {
            store.save(named());
            HappeningPage page = store.timeline("Polonez", null, 10);
            assertThat(page.total()).isEqualTo(1);

            store.judge(page.happenings().get(0).reports().get(0).key(), JudgementAction.REJECT, Map.of(), "ana", null);
            assertThat(store.timeline("Polonez", null, 10).total()).isZero();

            String later = "Polonez was shown again in 2019.";
            try (Store other = stores.open()) {
                other.save(withFacts(
                        extraction(
                                "later.txt", later, entity("polonez", "Polonez", EntityType.PRODUCT, later, "Polonez")),
                        List.of(event(EventType.DEVELOP, "2019", List.of(), later, "Polonez was shown")),
                        List.of(),
                        List.of()));
            }
            assertThat(store.timeline("Polonez", null, 10).total()).isEqualTo(1);
        }
    }

    @Test
    void firstRelationsAndFiguresAreTheHeadOfTheWholeListsWithTheirTotals() {
        try (Store store = stores.open()) {
            for (int i = 0; i < 6; i++) {
                store.save(withTies(i));
            }
            List<RelationRow> relations = store.relations("Ruritania");
            List<FigureRow> figures = store.figures(new FigureFilter(null, "Ruritania"));
            assertThat(relations).hasSizeGreaterThan(3);
            assertThat(figures).hasSizeGreaterThan(3);

            FirstOf<RelationRow> firstRelations = store.relations("Ruritania", false, AsOf.now(), 3);
            FirstOf<FigureRow> firstFigures = store.figures(new FigureFilter(null, "Ruritania"), 3);

            assertThat(firstRelations.items()).isEqualTo(relations.subList(0, 3));
            assertThat(firstRelations.total()).isEqualTo(relations.size());
            assertThat(firstFigures.items()).isEqualTo(figures.subList(0, 3));
            assertThat(firstFigures.total()).isEqualTo(figures.size());
            assertThat(store.relations("Ruritania", false, AsOf.now(), 100).items())
                    .isEqualTo(relations);
        }
    }

    @Test
    void relationsOnAPageListTheirFirstPassagesWithTheCountAndVerdictOfAll() {
        try (Store store = stores.open()) {
            for (int i = 0; i < 6; i++) {
                store.save(withTies(i));
            }
            RelationRow pact = northernPact(store.relations("Ruritania", true));
            assertThat(pact.passages()).hasSize(2);
            store.judge(pact.facts().get(0).key(), JudgementAction.REJECT, Map.of(), "ana", null);

            RelationRow shown = northernPact(
                    store.relations("Ruritania", true, AsOf.now(), 10, 1).items());

            assertThat(shown.passages()).containsExactly(pact.passages().get(0));
            assertThat(shown.facts().get(0).review()).isEqualTo("rejected");
            assertThat(shown.total()).isEqualTo(2);
            assertThat(shown.review()).isEqualTo("unreviewed");
            assertThat(store.relations("Ruritania", true, AsOf.now(), 10).items())
                    .isEqualTo(store.relations("Ruritania", true));
        }
    }

    @Test
    void relationsBetweenTwoEntitiesHoldEveryPassageEitherWayRound() {
        try (Store store = stores.open()) {
            for (int i = 0; i < 6; i++) {
                store.save(withTies(i));
            }
            RelationRow pact = northernPact(store.relations("Ruritania"));

            assertThat(store.relationsBetween("Northern Pact", "Ruritania", false, AsOf.now()))
                    .containsExactly(pact);
            assertThat(store.relationsBetween("Ruritania", "Danube Forum", false, PUBLISHED_BY_2017))
                    .isEmpty();
        }
    }

    private static RelationRow northernPact(List<RelationRow> relations) {
        return relations.stream()
                .filter(r -> r.object().name().equals("Northern Pact"))
                .findFirst()
                .orElseThrow();
    }

    /** Document i: Ruritania is part of one of five alliances and its exports reach a figure, twice a document. */
    private static Extraction withTies(int i) {
        String alliance = ALLIANCES.get(i % ALLIANCES.size());
        String text = String.format(
                Locale.ROOT,
                "Ruritania joined %s (report %d). Ruritania exported %d tonnes in 201%d and %d tonnes in 200%d.",
                alliance,
                i,
                100 + i,
                i,
                200 + i,
                i);
        Extraction entities = extraction(
                String.format(Locale.ROOT, "ties-%02d.txt", i),
                text,
                entity("ruritania", "Ruritania", EntityType.GPE, text, "Ruritania"),
                entity("alliance" + i % ALLIANCES.size(), alliance, EntityType.ORG, text, alliance));
        List<Quantity> figures = new ArrayList<>();
        for (int value : new int[] {100 + i, 200 + i}) {
            String quote = value + " tonnes";
            String year = (value < 200 ? "201" : "200") + i;
            figures.add(new Quantity(
                    value,
                    "TONNE",
                    i % 2 == 0 ? "exports" : "grain exports",
                    null,
                    List.of("ruritania"),
                    year,
                    evidence(text, quote)));
        }
        Relation member = new Relation(
                RelationType.MEMBER_OF,
                "ruritania",
                "alliance" + i % ALLIANCES.size(),
                null,
                evidence(text, "Ruritania joined " + alliance));
        return withFacts(entities, List.of(), figures, List.of(member));
    }

    /** Polonez is named in the passage of an event it takes no part in. */
    private static Extraction named() {
        String text = "Belarus said that Polonez entered service in 2016.";
        return withFacts(
                extraction(
                        "named.txt",
                        text,
                        entity("by", "Belarus", EntityType.GPE, text, "Belarus"),
                        entity("polonez", "Polonez", EntityType.PRODUCT, text, "Polonez")),
                List.of(event(EventType.DEVELOP, "2016", List.of("by"), text, "Belarus said that Polonez entered")),
                List.of(),
                List.of());
    }

    private static TimelineFilter filter() {
        return new TimelineFilter("ruritania", null, null, null);
    }

    private static List<EventReport> reports(List<HappeningRow> rows) {
        return rows.stream().flatMap(row -> row.reports().stream()).toList();
    }

    private static List<HappeningRow> readAll(Store store, TimelineFilter filter, int size) {
        List<HappeningRow> read = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            HappeningPage page = store.timeline(filter, after, size);
            read.addAll(page.happenings());
            after = page.next();
            pages++;
        } while (after != null && pages < 100);
        return read;
    }
}

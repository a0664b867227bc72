package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bilat.model.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The reads behind the web pages: a document's text with its mentions, the network, relations by type. */
@ParameterizedClass
@EnumSource(Engine.class)
class WebQueriesTest {
    @RegisterExtension
    final TestStore stores;

    WebQueriesTest(Engine engine) {
        this.stores = TestStore.on(engine);
    }

    @Test
    void documentComesWithItsTextAndEachMentionPointingAtItsCanonicalEntity() {
        try (Store store = stores.open()) {
            String id = store.save(FactsStoreTest.first()).documentId();
            store.save(FactsStoreTest.second());

            DocumentText document = store.document(id).orElseThrow();

            assertThat(document.text()).isEqualTo(FactsStoreTest.FIRST);
            assertThat(document.mentions())
                    .isNotEmpty()
                    .isSortedAccordingTo(java.util.Comparator.comparingInt(DocumentMention::start));
            assertThat(document.mentions())
                    .allSatisfy(mention -> assertThat(document.text().substring(mention.start(), mention.end()))
                            .isEqualTo(mention.surface()));
            assertThat(store.document("no-such-id")).isEmpty();
        }
    }

    @Test
    void mentionQuotesCarryTheirOffsetsInTheDocument() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());

            EntityDetail falcon = store.entity("Falcon-3", 1).orElseThrow();

            assertThat(falcon.mentions())
                    .singleElement()
                    .satisfies(mention -> assertThat(
                                    FactsStoreTest.FIRST.substring(mention.quoteStart(), mention.quoteEnd()))
                            .isEqualTo(mention.quote())
                            .contains("Falcon-3"));
        }
    }

    @Test
    void networkAroundAnEntityLinksItsRelationsAndSharedEvents() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());

            Graph graph = store.graph("Ruritania", 1, 10);

            assertThat(graph.nodes()).extracting(GraphNode::id).first().isEqualTo("ruritania");
            assertThat(graph.nodes()).extracting(GraphNode::id).contains("borduria", "rudolf-elphberg");
            assertThat(graph.edges())
                    .extracting(GraphEdge::kind, GraphEdge::label)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple(GraphEdge.Kind.RELATION, "ROLE"),
                            org.assertj.core.groups.Tuple.tuple(GraphEdge.Kind.EVENT, "MEET"));
            assertThat(store.graph(null, 1, 2).nodes()).hasSize(2);
            assertThatThrownBy(() -> store.graph("Ruritania", 0, 10)).hasMessage("depth: must be at least 1, was 0");
        }
    }

    @Test
    void relationsOfATypeAndSourcesPerEntity() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());
            store.save(FactsStoreTest.second());

            assertThat(store.relations(RelationType.ROLE))
                    .singleElement()
                    .satisfies(role -> assertThat(role.subject().name()).isEqualTo("Rudolf Elphberg"));
            assertThat(store.relations(RelationType.PART_OF)).isEmpty();
            assertThat(store.sourcesPerEntity().get("ruritania")).containsExactly("first.txt", "second.txt");
        }
    }
}

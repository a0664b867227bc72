package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class EntityExtractionIT {
    private static final String TEXT = """
            Estonia and Kenya signed the Treaty of Friendship and Trade in Nairobi in 2019.
            The Kenya Shipbuilding Corporation (KSC) will build the KS-400 patrol boat with Tallinn Marine Works.
            The Baltic Falcon 2021 exercise was held at the Tapa training ground by the Estonian army.
            Officials praised the Green Gateway Initiative and the Lakeside Industrial Park near Mombasa.
            President Alar Tamm later said that Tamm would visit East Africa.
            Editor: Mari Kask, PhD in Economics.
            The plant builds the KMT-4410 truck, and Sino-Kenyan ties survived the Ethiopian-Eritrean war.
            The Air Force and Air Defence forces of Kenya bought a radar.
            Officials of the Kenya Ports and
            Harbours Authority opened the Kisumu Logistics\u00a0Hub.""";

    private static List<Entity> entities() {
        Document doc =
                new Document("fixture.txt", "fixture.txt", "fixture", "text/plain", TEXT, null, null, null, null);
        return Pipeline.shared().extract(doc).entities();
    }

    @Test
    void typesNamesByTheirClassNounsAndReferenceLists() {
        List<Entity> entities = entities();

        assertThat(typeOf(entities, "Estonia")).isEqualTo(EntityType.GPE);
        assertThat(typeOf(entities, "Nairobi")).isEqualTo(EntityType.GPE);
        assertThat(typeOf(entities, "Treaty of Friendship and Trade")).isEqualTo(EntityType.LAW);
        assertThat(typeOf(entities, "KS-400")).isEqualTo(EntityType.PRODUCT);
        assertThat(typeOf(entities, "Baltic Falcon 2021")).isEqualTo(EntityType.EVENT);
        assertThat(typeOf(entities, "Green Gateway Initiative")).isEqualTo(EntityType.PROGRAM);
        assertThat(typeOf(entities, "Lakeside Industrial Park")).isEqualTo(EntityType.FAC);
        assertThat(typeOf(entities, "East Africa")).isEqualTo(EntityType.LOC);
    }

    @Test
    void findsModelCodesPeopleNextToTitlesAndNamedWars() {
        List<Entity> entities = entities();

        assertThat(typeOf(entities, "KMT-4410")).isEqualTo(EntityType.PRODUCT);
        assertThat(typeOf(entities, "Mari Kask")).isEqualTo(EntityType.PERSON);
        assertThat(find(entities, "Ethiopian-Eritrean war").id()).isEqualTo("ethiopia-eritrea-war");
        assertThat(find(entities, "Ethiopian-Eritrean war").type()).isEqualTo(EntityType.EVENT);
    }

    @Test
    void joinsTheWordsOfOneNameAcrossAndButNotTwoNames() {
        List<Entity> entities = entities();

        assertThat(typeOf(entities, "Air Force and Air Defence")).isEqualTo(EntityType.ORG);
        assertThat(entities).noneMatch(e -> e.aliases().stream().anyMatch(a -> a.startsWith("Estonia and")));
        assertThat(entities).noneMatch(e -> e.aliases().contains("Sino-Kenyan"));
    }

    @Test
    void keepsANameWholeAcrossALineBreakOrANonBreakingSpace() {
        List<Entity> entities = entities();

        assertThat(typeOf(entities, "Kenya Ports and\nHarbours Authority")).isEqualTo(EntityType.ORG);
        assertThat(typeOf(entities, "Kisumu Logistics\u00a0Hub")).isEqualTo(EntityType.FAC);
    }

    @Test
    void joinsAcronymsAndSurnamesWithTheirFullNames() {
        List<Entity> entities = entities();

        assertThat(find(entities, "KSC").aliases()).contains("Kenya Shipbuilding Corporation");
        assertThat(find(entities, "Tamm").name()).isEqualTo("Alar Tamm");
    }

    @Test
    void namesAStateBodyThroughTheStatesAdjective() {
        Entity army = find(entities(), "Estonian army");

        assertThat(army.type()).isEqualTo(EntityType.ORG);
        assertThat(army.id()).isEqualTo("estonia-armed-forces");
    }

    @Test
    void everyMentionIsAnExactSpanOfTheText() {
        for (Entity entity : entities()) {
            entity.mentions()
                    .forEach(m -> assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.text()));
        }
    }

    private static EntityType typeOf(List<Entity> entities, String alias) {
        return find(entities, alias).type();
    }

    private static Entity find(List<Entity> entities, String alias) {
        return entities.stream()
                .filter(e -> e.aliases().contains(alias))
                .findFirst()
                .orElseThrow(() -> new AssertionError(alias + " not among "
                        + entities.stream().map(Entity::aliases).toList()));
    }
}

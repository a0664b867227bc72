package org.bilat.brief;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.bilat.model.Extraction;
import org.bilat.model.Level;
import org.bilat.model.Mention;
import org.bilat.model.Quantity;
import org.bilat.model.Relation;
import org.bilat.model.RelationType;
import org.bilat.store.Store;

/** A small made-up dossier about Ruritania and Borduria, with Cyrillic and Chinese text, stored in a folder. */
final class Dossier {
    static final String CYRILLIC = "Договор о дружбе";
    static final String CHINESE = "铁盾";
    static final String FIRST = "Ruritania and Borduria signed the Treaty of Friendship (" + CYRILLIC + ") in Zenda"
            + " on 12 May 2016. Bilateral trade reached USD 2.5 billion in 2017. The Zenda Works makes the Falcon"
            + " drone <script>alert(1)</script>. Ruritanian and Bordurian troops held the Iron Shield (" + CHINESE
            + ") exercise in 2018.";
    static final String SECOND = "Borduria and Ruritania signed the friendship treaty in 2015, a Bordurian paper"
            + " says. Trade between them came to USD 3.1 billion in 2017. The two states raised their ties to a"
            + " comprehensive strategic partnership in 2019. Their envoys call them iron brothers.";

    private Dossier() {}

    static Store store(Path folder) {
        Store store = Store.open(folder);
        store.save(first());
        store.save(second());
        return store;
    }

    /** The dossier with the first document ingested at {@code one} and the second at {@code two}. */
    static Store storeOnTwoDays(Path folder, Instant one, Instant two) {
        try (Store store = Store.open(folder, Clock.fixed(one, ZoneOffset.UTC))) {
            store.save(first());
        }
        Store store = Store.open(folder, Clock.fixed(two, ZoneOffset.UTC));
        store.save(second());
        return store;
    }

    private static Extraction first() {
        String t = FIRST;
        List<Entity> entities = List.of(
                entity("ruritania", "Ruritania", EntityType.GPE, t, "Ruritania", "Ruritanian"),
                entity("borduria", "Borduria", EntityType.GPE, t, "Borduria", "Bordurian"),
                entity("zenda_works", "Zenda Works", EntityType.ORG, t, "Zenda Works"),
                entity("falcon", "Falcon", EntityType.PRODUCT, t, "Falcon"));
        List<Event> events = List.of(
                event(EventType.AGREE, "2016-05-12", t, "signed the Treaty of Friendship (" + CYRILLIC + ")"),
                event(EventType.EXERCISE, "2018", t, "held the Iron Shield (" + CHINESE + ") exercise in 2018"));
        List<Quantity> figures = List.of(new Quantity(
                2.5e9,
                "USD",
                "bilateral trade",
                null,
                List.of("ruritania", "borduria"),
                "2017",
                evidence(t, "Bilateral trade reached USD 2.5 billion in 2017")));
        List<Relation> relations = List.of(new Relation(
                RelationType.PRODUCED_BY,
                "falcon",
                "zenda_works",
                null,
                evidence(t, "The Zenda Works makes the Falcon drone <script>alert(1)</script>")));
        return new Extraction(
                document("ruritania-2019.txt", t, "Zenda Herald"), entities, events, figures, relations, List.of());
    }

    private static Extraction second() {
        String t = SECOND;
        List<Entity> entities = List.of(
                entity("ruritania", "Ruritania", EntityType.GPE, t, "Ruritania"),
                entity("borduria", "Borduria", EntityType.GPE, t, "Borduria", "Bordurian"));
        List<Event> events = List.of(event(EventType.AGREE, "2015", t, "signed the friendship treaty in 2015"));
        List<Quantity> figures = List.of(new Quantity(
                3.1e9,
                "USD",
                "bilateral trade",
                null,
                List.of("ruritania", "borduria"),
                "2017",
                evidence(t, "Trade between them came to USD 3.1 billion in 2017")));
        List<Level> levels = List.of(
                new Level(
                        List.of("borduria", "ruritania"),
                        "comprehensive strategic partnership",
                        5,
                        "2019",
                        true,
                        evidence(t, "raised their ties to a comprehensive strategic partnership in 2019")),
                new Level(
                        List.of("borduria", "ruritania"),
                        "iron brothers",
                        8,
                        null,
                        false,
                        evidence(t, "Their envoys call them iron brothers")));
        return new Extraction(
                document("borduria-2020.txt", t, "Szohod Daily"),
                entities,
                events,
                figures,
                List.of(),
                List.of(),
                levels);
    }

    private static Document document(String source, String text, String publisher) {
        return new Document(
                source,
                "/in/" + source,
                Document.hashOf(text),
                "text/plain",
                text,
                "Notes on " + source,
                null,
                publisher,
                "2020-01-15",
                null);
    }

    private static Entity entity(String id, String name, EntityType type, String text, String... aliases) {
        List<Mention> mentions = new ArrayList<>();
        for (String alias : aliases) {
            for (int at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
                mentions.add(new Mention(at, at + alias.length(), alias, type));
            }
        }
        return new Entity(id, name, type, List.of(aliases), mentions);
    }

    private static Event event(EventType type, String date, String text, String quote) {
        return new Event(
                type,
                type.cameoRoot(),
                date,
                List.of("ruritania", "borduria"),
                null,
                List.of(evidence(text, quote)),
                quote);
    }

    private static Evidence evidence(String text, String quote) {
        int at = text.indexOf(quote);
        return Evidence.of(text, at, at + quote.length());
    }
}

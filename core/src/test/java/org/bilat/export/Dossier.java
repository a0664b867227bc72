package org.bilat.export;

import java.nio.file.Path;
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

/** Two hand-built extractions about invented states, stored without the NLP models. */
final class Dossier {
    static final String FIRST = "Ruritania and Borduria held talks in Strelsau in May 2015."
            + " President Rudolf Elphberg of Ruritania welcomed the guests."
            + " The Falcon-3 missile is made by Strelsau Arms Works.\nIts range is up to 200 km.";
    static final String SECOND = "Borduria and Ruritania signed a customs accord on 3 June 2016."
            + " Ambassador Anna Tarlenheim represents Borduria in Strelsau. The two states upgraded their ties to a"
            + " strategic partnership in 2016. Diplomats call them old friends.";

    private Dossier() {}

    /** A new store in {@code dir} holding both documents. */
    static Store fill(Path dir) {
        Store store = Store.open(dir);
        store.save(first());
        store.save(second());
        return store;
    }

    static Extraction first() {
        String t = FIRST;
        List<Entity> entities = List.of(
                entity(t, "ruritania", "Ruritania", EntityType.GPE),
                entity(t, "borduria", "Borduria", EntityType.GPE),
                entity(t, "strelsau", "Strelsau", EntityType.GPE),
                entity(t, "rudolf-elphberg", "Rudolf Elphberg", EntityType.PERSON),
                entity(t, "falcon-3", "Falcon-3", EntityType.PRODUCT),
                entity(t, "strelsau-arms-works", "Strelsau Arms Works", EntityType.ORG));
        Event talks = new Event(
                EventType.MEET,
                "040",
                "2015-05",
                List.of("ruritania", "borduria"),
                "strelsau",
                List.of(quote(t, "Ruritania and Borduria held talks in Strelsau in May 2015")),
                "talks in Strelsau");
        Quantity range = new Quantity(
                200000, "KM", "range", "up to", List.of("falcon-3"), null, quote(t, "Its range is up to 200 km"));
        List<Relation> relations = List.of(
                new Relation(
                        RelationType.ROLE,
                        "rudolf-elphberg",
                        "ruritania",
                        "President",
                        quote(t, "President Rudolf Elphberg of Ruritania")),
                new Relation(
                        RelationType.PRODUCED_BY,
                        "falcon-3",
                        "strelsau-arms-works",
                        null,
                        quote(t, "The Falcon-3 missile is made by Strelsau Arms Works")));
        return new Extraction(document("first.txt", t), entities, List.of(talks), List.of(range), relations, List.of());
    }

    static Extraction second() {
        String t = SECOND;
        List<Entity> entities = List.of(
                entity(t, "borduria", "Borduria", EntityType.GPE),
                entity(t, "ruritania", "Ruritania", EntityType.GPE),
                entity(t, "strelsau", "Strelsau", EntityType.GPE),
                entity(t, "anna-tarlenheim", "Anna Tarlenheim", EntityType.PERSON));
        Event accord = new Event(
                EventType.AGREE,
                "057",
                "2016-06-03",
                List.of("borduria", "ruritania"),
                null,
                List.of(quote(t, "Borduria and Ruritania signed a customs accord on 3 June 2016")),
                "customs accord signed");
        Relation envoy = new Relation(
                RelationType.ROLE,
                "anna-tarlenheim",
                "borduria",
                "Ambassador",
                quote(t, "Ambassador Anna Tarlenheim represents Borduria"));
        List<Level> levels = List.of(
                new Level(
                        List.of("ruritania", "borduria"),
                        "strategic partnership",
                        3,
                        "2016",
                        true,
                        quote(t, "upgraded their ties to a strategic partnership in 2016")),
                new Level(
                        List.of("borduria", "ruritania"),
                        "old friends",
                        1,
                        null,
                        false,
                        quote(t, "Diplomats call them old friends")));
        return new Extraction(
                document("second.txt", t), entities, List.of(accord), List.of(), List.of(envoy), List.of(), levels);
    }

    private static Document document(String source, String text) {
        return new Document(
                source, "/dossier/" + source, Document.hashOf(text), "text/plain", text, null, null, null, null);
    }

    private static Entity entity(String text, String id, String name, EntityType type) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            mentions.add(new Mention(at, at + name.length(), name, type));
        }
        return new Entity(id, name, type, List.of(name), mentions);
    }

    private static Evidence quote(String text, String words) {
        int at = text.indexOf(words);
        return Evidence.of(text, at, at + words.length());
    }
}

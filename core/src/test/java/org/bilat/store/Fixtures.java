package org.bilat.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.bilat.model.Extraction;
import org.bilat.model.Mention;
import org.bilat.model.Quantity;
import org.bilat.model.Relation;
import org.jspecify.annotations.Nullable;

/** Builds extractions of made-up texts, and counts rows behind the store's back. */
final class Fixtures {
    private Fixtures() {}

    static Extraction extraction(String source, String text, Entity... entities) {
        Document document = new Document(
                source,
                "/in/" + source,
                sha256(text),
                "text/plain",
                text,
                "Title of " + source,
                "A. Writer",
                null,
                "2020-05");
        return Extraction.ofEntities(document, List.of(entities), List.of());
    }

    /** An entity mentioned at every occurrence in text of each alias. */
    static Entity entity(String id, String name, EntityType type, String text, String... aliases) {
        List<Mention> mentions = new ArrayList<>();
        for (String alias : aliases) {
            for (int at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
                mentions.add(new Mention(at, at + alias.length(), alias, type));
            }
        }
        return new Entity(id, name, type, List.of(aliases), mentions);
    }

    /** The extraction with these facts added. */
    static Extraction withFacts(
            Extraction extraction, List<Event> events, List<Quantity> quantities, List<Relation> relations) {
        return new Extraction(
                extraction.document(), extraction.entities(), events, quantities, relations, extraction.warnings());
    }

    /** The extraction with its document published on {@code date} (null: undated). */
    static Extraction published(Extraction extraction, @Nullable String date) {
        Document d = extraction.document();
        Document dated = new Document(
                d.source(),
                d.path(),
                d.contentHash(),
                d.mediaType(),
                d.text(),
                d.title(),
                d.author(),
                d.publisher(),
                date);
        return new Extraction(
                dated,
                extraction.entities(),
                extraction.events(),
                extraction.quantities(),
                extraction.relations(),
                extraction.warnings());
    }

    /** The evidence of the first occurrence of quote in text. */
    static Evidence evidence(String text, String quote) {
        int at = text.indexOf(quote);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + quote);
        }
        return Evidence.of(text, at, at + quote.length());
    }

    /** An event whose evidence is the given quotes of text, in order. */
    static Event event(
            EventType type, @Nullable String date, List<String> participants, String text, String... quotes) {
        List<Evidence> evidence = new ArrayList<>();
        for (String quote : quotes) {
            evidence.add(evidence(text, quote));
        }
        return new Event(type, type.cameoRoot(), date, participants, null, evidence, quotes[0]);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.bilat.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bilat.model.Document;
import org.bilat.model.Event;
import org.bilat.model.Evidence;
import org.bilat.model.Relation;
import org.bilat.model.RelationType;
import org.bilat.store.CanonicalEntity;
import org.bilat.store.StoreContents;
import org.bilat.store.StoredEvent;
import org.bilat.store.StoredRelation;
import org.jspecify.annotations.Nullable;
import tech.followthemoney.entity.ValueEntity;

/**
 * The ftm format: FollowTheMoney entities as JSON lines, which Aleph imports ({@code ftm} / {@code alephclient
 * write-entities}): the named things first, then each document's events as Events and relations as Memberships,
 * Representations or UnknownLinks, each carrying its quote and source in {@code description} and {@code notes}.
 */
final class FtmWriter {
    /** A post whose holder speaks for a state or body: such a ROLE is a Representation. */
    private static final Pattern ENVOY = Pattern.compile("(?i)\\b(ambassador|envoy|representative|consul)");

    private final StoreContents contents;
    private final Names names;
    private final FtmModel model = new FtmModel();
    private final ObjectMapper json = new ObjectMapper();

    FtmWriter(StoreContents contents) {
        this.contents = contents;
        this.names = new Names(contents);
    }

    /** Writes every entity; returns how many. */
    int write(Writer out) throws IOException {
        int lines = 0;
        for (CanonicalEntity entity : contents.entities()) {
            lines += line(out, entity(entity));
        }
        for (StoredEvent event : contents.events()) {
            lines += line(out, event(event));
        }
        for (StoredRelation relation : contents.relations()) {
            lines += line(out, relation(relation));
        }
        return lines;
    }

    private int line(Writer out, ValueEntity entity) throws IOException {
        model.check(entity);
        out.write(json.writeValueAsString(entity.toValueJson()));
        out.write('\n');
        return 1;
    }

    static String id(String entityId) {
        return "bilat-" + entityId;
    }

    private ValueEntity entity(CanonicalEntity entity) {
        ValueEntity ftm = new ValueEntity(id(entity.id()), model.schema(entity.type()));
        FtmModel.add(ftm, "name", entity.name());
        if (ftm.getSchema().hasProperty("title")) {
            FtmModel.add(ftm, "title", entity.name());
        }
        entity.aliases().stream().filter(a -> !a.equals(entity.name())).forEach(a -> FtmModel.add(ftm, "alias", a));
        List<String> sources = entity.locals().stream()
                .map(l -> names.document(l.documentId()).source())
                .distinct()
                .toList();
        FtmModel.add(
                ftm,
                "notes",
                "Bilat " + entity.type() + ", " + entity.mentionCount() + " mentions in " + String.join(", ", sources));
        return ftm;
    }

    private ValueEntity event(StoredEvent stored) {
        Event event = stored.event();
        ValueEntity ftm =
                new ValueEntity(id("event-" + stored.documentId() + "-" + stored.seq()), model.schema("Event"));
        FtmModel.add(ftm, "name", event.summary());
        dates(ftm, event.date());
        participants(ftm, event.participants());
        if (event.location() != null) {
            FtmModel.add(ftm, "location", names.entity(event.location()));
            if (model.is(id(event.location()), "Address")) {
                FtmModel.add(ftm, "addressEntity", id(event.location()));
            }
        }
        FtmModel.add(ftm, "keywords", event.type().name());
        FtmModel.add(ftm, "keywords", "CAMEO " + event.cameo());
        source(ftm, stored.documentId(), event.evidence());
        return ftm;
    }

    /** Parties (people, organisations, states) are {@code involved}; other participants are names mentioned. */
    private void participants(ValueEntity ftm, List<String> participants) {
        for (String participant : participants) {
            if (model.is(id(participant), "LegalEntity")) {
                FtmModel.add(ftm, "involved", id(participant));
            } else {
                FtmModel.add(ftm, "namesMentioned", names.entity(participant));
            }
        }
    }

    private ValueEntity relation(StoredRelation stored) {
        Relation relation = stored.relation();
        String subject = id(relation.subject());
        String object = id(relation.object());
        String schema = schema(relation, subject, object);
        ValueEntity ftm =
                new ValueEntity(id("relation-" + stored.documentId() + "-" + stored.seq()), model.schema(schema));
        List<String> ends = switch (schema) {
            case "Membership" -> List.of("member", "organization");
            case "Representation" -> List.of("agent", "client");
            default -> List.of("subject", "object");
        };
        FtmModel.add(ftm, ends.get(0), subject);
        FtmModel.add(ftm, ends.get(1), object);
        String role = Optional.ofNullable(relation.title()).orElse(words(relation.type()));
        FtmModel.add(ftm, "role", role);
        source(ftm, stored.documentId(), List.of(relation.evidence()));
        return ftm;
    }

    /** A ROLE of an envoy is a Representation; ROLE and MEMBER_OF into an organisation a Membership. */
    private String schema(Relation relation, String subject, String object) {
        boolean legal = model.is(subject, "LegalEntity");
        boolean role = relation.type() == RelationType.ROLE;
        if (role
                && legal
                && relation.title() != null
                && ENVOY.matcher(relation.title()).find()) {
            return model.is(object, "LegalEntity") ? "Representation" : "UnknownLink";
        }
        boolean membership = role || relation.type() == RelationType.MEMBER_OF;
        return membership && legal && model.is(object, "Organization") ? "Membership" : "UnknownLink";
    }

    private static String words(RelationType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** FtM dates are ISO prefixes; a span a/b is a start and an end date. */
    private static void dates(ValueEntity ftm, @Nullable String date) {
        if (date == null) {
            return;
        }
        int slash = date.indexOf('/');
        if (slash < 0) {
            FtmModel.add(ftm, "date", date);
        } else {
            FtmModel.add(ftm, "startDate", date.substring(0, slash));
            FtmModel.add(ftm, "endDate", date.substring(slash + 1));
        }
    }

    /**
     * The first quote as the description, every quote with its document in the notes (the summary of a link, which
     * has no notes), and the document's origin.
     */
    private void source(ValueEntity ftm, String documentId, List<Evidence> evidence) {
        Document document = names.document(documentId);
        FtmModel.add(ftm, "description", evidence.get(0).quote());
        String notes = ftm.getSchema().hasProperty("notes") ? "notes" : "summary";
        for (Evidence passage : evidence) {
            FtmModel.add(
                    ftm,
                    notes,
                    "\"" + passage.quote() + "\" (" + document.source() + ", characters " + passage.start() + "-"
                            + passage.end() + ")");
        }
        if (document.publisher() != null) {
            FtmModel.add(ftm, "publisher", document.publisher());
        }
        String origin = names.origin(documentId);
        if (origin.startsWith("http")) {
            FtmModel.add(ftm, "sourceUrl", origin);
        }
    }
}

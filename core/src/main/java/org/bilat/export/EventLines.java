package org.bilat.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.bilat.model.BilatException;
import org.bilat.model.Event;
import org.bilat.model.Evidence;
import org.bilat.store.StoreContents;
import org.bilat.store.StoredEvent;

/**
 * {@code event} lines: one document's event as the schema has it (type, date, participants, location, evidence), with
 * its CAMEO code, the happening it belongs to and why it was linked there.
 */
final class EventLines implements RecordKind {
    @Override
    public String kind() {
        return "event";
    }

    @Override
    public List<ObjectNode> lines(StoreContents contents, ObjectMapper json) {
        return contents.events().stream().map(e -> line(e, json)).toList();
    }

    private ObjectNode line(StoredEvent stored, ObjectMapper json) {
        Event event = stored.event();
        ObjectNode line = json.createObjectNode().put("kind", kind());
        line.put("doc", stored.documentId()).put("seq", stored.seq());
        line.put("happening", stored.happeningId());
        JsonFields.putIfPresent(line, "linkReason", stored.linkReason());
        line.put("type", event.type().name()).put("cameo", event.cameo());
        JsonFields.putIfPresent(line, "date", event.date());
        JsonFields.array(line, "participants", event.participants());
        JsonFields.putIfPresent(line, "location", event.location());
        line.put("summary", event.summary());
        ArrayNode evidence = line.putArray("evidence");
        event.evidence().forEach(passage -> JsonFields.put(evidence.addObject(), passage));
        return line;
    }

    @Override
    public void read(JsonNode line, String where, ContentsBuilder contents) {
        List<Evidence> evidence = new ArrayList<>();
        line.path("evidence").forEach(passage -> evidence.add(JsonFields.evidence(passage, where)));
        if (evidence.isEmpty()) {
            throw new BilatException(where + ": an event needs at least one 'evidence' passage");
        }
        Event event = new Event(
                Vocabulary.eventType(JsonFields.text(line, "type", where), where),
                JsonFields.text(line, "cameo", where),
                JsonFields.optionalText(line, "date"),
                JsonFields.texts(line, "participants"),
                JsonFields.optionalText(line, "location"),
                evidence,
                JsonFields.text(line, "summary", where));
        contents.events.add(new StoredEvent(
                JsonFields.text(line, "doc", where),
                JsonFields.number(line, "seq", where),
                JsonFields.text(line, "happening", where),
                JsonFields.optionalText(line, "linkReason"),
                event));
    }
}

package org.bilat.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.bilat.model.Evidence;
import org.bilat.store.CanonicalEntity;
import org.bilat.store.LocalEntity;
import org.bilat.store.StoreContents;

/**
 * {@code entity} lines: a canonical entity with its aliases and, per document, the id the document gave it, why it was
 * merged, and every mention with its exact words.
 */
final class EntityLines implements RecordKind {
    @Override
    public String kind() {
        return "entity";
    }

    @Override
    public List<ObjectNode> lines(StoreContents contents, ObjectMapper json) {
        return contents.entities().stream().map(e -> line(e, json)).toList();
    }

    private ObjectNode line(CanonicalEntity entity, ObjectMapper json) {
        ObjectNode line = json.createObjectNode().put("kind", kind());
        line.put("id", entity.id())
                .put("name", entity.name())
                .put("type", entity.type().name());
        JsonFields.array(line, "aliases", entity.aliases());
        ArrayNode documents = line.putArray("documents");
        for (LocalEntity local : entity.locals()) {
            ObjectNode document = documents.addObject().put("doc", local.documentId());
            document.put("local", local.localId())
                    .put("name", local.name())
                    .put("type", local.type().name());
            JsonFields.putIfPresent(document, "mergeReason", local.mergeReason());
            ArrayNode mentions = document.putArray("mentions");
            local.mentions().forEach(mention -> JsonFields.put(mentions.addObject(), mention));
        }
        return line;
    }

    @Override
    public void read(JsonNode line, String where, ContentsBuilder contents) {
        List<LocalEntity> locals = new ArrayList<>();
        for (JsonNode document : line.path("documents")) {
            List<Evidence> mentions = new ArrayList<>();
            document.path("mentions").forEach(mention -> mentions.add(JsonFields.evidence(mention, where)));
            locals.add(new LocalEntity(
                    JsonFields.text(document, "doc", where),
                    JsonFields.text(document, "local", where),
                    JsonFields.text(document, "name", where),
                    Vocabulary.entityType(JsonFields.text(document, "type", where), where),
                    JsonFields.optionalText(document, "mergeReason"),
                    mentions));
        }
        contents.entities.add(new CanonicalEntity(
                JsonFields.text(line, "id", where),
                JsonFields.text(line, "name", where),
                Vocabulary.entityType(JsonFields.text(line, "type", where), where),
                JsonFields.texts(line, "aliases"),
                locals));
    }
}

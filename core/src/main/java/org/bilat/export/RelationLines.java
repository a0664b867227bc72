package org.bilat.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.bilat.model.Relation;
import org.bilat.store.StoreContents;
import org.bilat.store.StoredRelation;

/** {@code relation} lines: one document's relation as the schema has it, with the post of a ROLE and its evidence. */
final class RelationLines implements RecordKind {
    @Override
    public String kind() {
        return "relation";
    }

    @Override
    public List<ObjectNode> lines(StoreContents contents, ObjectMapper json) {
        return contents.relations().stream().map(r -> line(r, json)).toList();
    }

    private ObjectNode line(StoredRelation stored, ObjectMapper json) {
        Relation relation = stored.relation();
        ObjectNode line = json.createObjectNode().put("kind", kind());
        line.put("doc", stored.documentId()).put("seq", stored.seq());
        line.put("type", relation.type().name());
        line.put("subject", relation.subject()).put("object", relation.object());
        JsonFields.putIfPresent(line, "title", relation.title());
        JsonFields.put(line.putObject("evidence"), relation.evidence());
        return line;
    }

    @Override
    public void read(JsonNode line, String where, ContentsBuilder contents) {
        Relation relation = new Relation(
                Vocabulary.relationType(JsonFields.text(line, "type", where), where),
                JsonFields.text(line, "subject", where),
                JsonFields.text(line, "object", where),
                JsonFields.optionalText(line, "title"),
                JsonFields.evidence(line.path("evidence"), where));
        contents.relations.add(new StoredRelation(
                JsonFields.text(line, "doc", where), JsonFields.number(line, "seq", where), relation));
    }
}

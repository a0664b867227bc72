package org.bilat.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.bilat.model.BilatException;
import org.bilat.model.Level;
import org.bilat.store.StoreContents;
import org.bilat.store.StoredLevel;

/**
 * {@code level} lines: one document's relationship level as the schema has it (states, label, date, formal, evidence),
 * with its rank on the ladder.
 */
final class LevelLines implements RecordKind {
    @Override
    public String kind() {
        return "level";
    }

    @Override
    public List<ObjectNode> lines(StoreContents contents, ObjectMapper json) {
        return contents.levels().stream().map(l -> line(l, json)).toList();
    }

    private ObjectNode line(StoredLevel stored, ObjectMapper json) {
        Level level = stored.level();
        ObjectNode line = json.createObjectNode().put("kind", kind());
        line.put("doc", stored.documentId()).put("seq", stored.seq());
        JsonFields.array(line, "states", level.states());
        line.put("label", level.label()).put("rank", level.rank());
        JsonFields.putIfPresent(line, "date", level.date());
        line.put("formal", level.formal());
        JsonFields.put(line.putObject("evidence"), level.evidence());
        return line;
    }

    @Override
    public void read(JsonNode line, String where, ContentsBuilder contents) {
        JsonNode formal = line.path("formal");
        if (!formal.isBoolean()) {
            throw new BilatException(where + ": formal: missing or not true/false");
        }
        Level level;
        try {
            level = new Level(
                    JsonFields.texts(line, "states"),
                    JsonFields.text(line, "label", where),
                    JsonFields.number(line, "rank", where),
                    JsonFields.optionalText(line, "date"),
                    formal.booleanValue(),
                    JsonFields.evidence(line.path("evidence"), where));
        } catch (IllegalArgumentException e) {
            throw new BilatException(where + ": " + e.getMessage(), e);
        }
        contents.levels.add(
                new StoredLevel(JsonFields.text(line, "doc", where), JsonFields.number(line, "seq", where), level));
    }
}

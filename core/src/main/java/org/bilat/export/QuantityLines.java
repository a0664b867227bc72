package org.bilat.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.bilat.model.BilatException;
import org.bilat.model.Quantity;
import org.bilat.store.StoreContents;
import org.bilat.store.StoredFigure;

/** {@code quantity} lines: one document's figure as the schema has it, with its qualifier and evidence span. */
final class QuantityLines implements RecordKind {
    @Override
    public String kind() {
        return "quantity";
    }

    @Override
    public List<ObjectNode> lines(StoreContents contents, ObjectMapper json) {
        return contents.figures().stream().map(f -> line(f, json)).toList();
    }

    private ObjectNode line(StoredFigure stored, ObjectMapper json) {
        Quantity quantity = stored.quantity();
        ObjectNode line = json.createObjectNode().put("kind", kind());
        line.put("doc", stored.documentId()).put("seq", stored.seq());
        line.put("value", quantity.value()).put("unit", quantity.unit()).put("measure", quantity.measure());
        JsonFields.putIfPresent(line, "qualifier", quantity.qualifier());
        JsonFields.array(line, "subject", quantity.subjects());
        JsonFields.putIfPresent(line, "date", quantity.date());
        JsonFields.put(line.putObject("evidence"), quantity.evidence());
        return line;
    }

    @Override
    public void read(JsonNode line, String where, ContentsBuilder contents) {
        JsonNode value = line.get("value");
        if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new BilatException(where + ": 'value' must be a finite number");
        }
        Quantity quantity = new Quantity(
                value.asDouble(),
                JsonFields.text(line, "unit", where),
                JsonFields.text(line, "measure", where),
                JsonFields.optionalText(line, "qualifier"),
                JsonFields.texts(line, "subject"),
                JsonFields.optionalText(line, "date"),
                JsonFields.evidence(line.path("evidence"), where));
        contents.figures.add(
                new StoredFigure(JsonFields.text(line, "doc", where), JsonFields.number(line, "seq", where), quantity));
    }
}

package org.bilat.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.Event;
import org.bilat.model.Evidence;
import org.bilat.model.Extraction;
import org.bilat.model.Level;
import org.bilat.model.Mention;
import org.bilat.model.Quantity;
import org.bilat.model.Relation;
import org.jspecify.annotations.Nullable;

/**
 * The extraction record of ../shared/eval/SCHEMA.md as pretty-printed JSON, keys in a fixed order.
 *
 * <p>Besides the schema's keys it writes {@code metadata}, each entity's {@code mentions} and {@code warnings}; the
 * evaluator ignores keys it does not know.
 */
public final class ExtractionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writer(printer());
    private static final ObjectWriter LINE = new ObjectMapper().writer();

    private ExtractionJson() {}

    /** The record of one extraction, without a final newline. */
    public static String write(Extraction extraction) {
        try {
            return WRITER.writeValueAsString(tree(extraction));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON of a tree of plain values", e);
        }
    }

    /** The same record on one line, for JSON-lines files (one document per line). */
    public static String line(Extraction extraction) {
        try {
            return LINE.writeValueAsString(tree(extraction));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON of a tree of plain values", e);
        }
    }

    static ObjectNode tree(Extraction extraction) {
        ObjectNode root = NODES.objectNode();
        root.put("doc", extraction.document().source());
        root.set("metadata", metadata(extraction.document()));
        ArrayNode entities = root.putArray("entities");
        extraction.entities().forEach(entity -> entities.add(entity(entity)));
        ArrayNode events = root.putArray("events");
        extraction.events().forEach(event -> events.add(event(event)));
        ArrayNode quantities = root.putArray("quantities");
        extraction.quantities().forEach(quantity -> quantities.add(quantity(quantity)));
        ArrayNode relations = root.putArray("relations");
        extraction.relations().forEach(relation -> relations.add(relation(relation)));
        ArrayNode levels = root.putArray("levels");
        extraction.levels().forEach(level -> levels.add(level(level)));
        ArrayNode warnings = root.putArray("warnings");
        extraction.warnings().forEach(warnings::add);
        return root;
    }

    private static ObjectNode metadata(Document document) {
        ObjectNode node = NODES.objectNode();
        putIfPresent(node, "title", document.title());
        putIfPresent(node, "author", document.author());
        putIfPresent(node, "publisher", document.publisher());
        putIfPresent(node, "published", document.published());
        putIfPresent(node, "publishedFrom", document.publishedFrom());
        node.put("mediaType", document.mediaType());
        node.put("contentHash", document.contentHash());
        return node;
    }

    private static ObjectNode entity(Entity entity) {
        ObjectNode node = NODES.objectNode();
        node.put("id", entity.id());
        node.put("name", entity.name());
        node.put("type", entity.type().name());
        ArrayNode aliases = node.putArray("aliases");
        entity.aliases().forEach(aliases::add);
        ArrayNode mentions = node.putArray("mentions");
        entity.mentions().forEach(mention -> mentions.add(mention(mention)));
        return node;
    }

    private static ObjectNode event(Event event) {
        ObjectNode node = NODES.objectNode();
        node.put("type", event.type().name());
        node.put("cameo", event.cameo());
        putIfPresent(node, "date", event.date());
        ArrayNode participants = node.putArray("participants");
        event.participants().forEach(participants::add);
        putIfPresent(node, "location", event.location());
        node.put("evidence", event.evidence().get(0).quote());
        node.put("summary", event.summary());
        if (event.evidence().size() > 1) {
            ArrayNode quotes = node.putArray("quotes");
            event.evidence().forEach(evidence -> quotes.add(evidence(evidence)));
        }
        node.put("start", event.evidence().get(0).start());
        return node;
    }

    private static ObjectNode quantity(Quantity quantity) {
        ObjectNode node = NODES.objectNode();
        double value = quantity.value();
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put("value", (long) value);
        } else {
            node.put("value", value);
        }
        node.put("unit", quantity.unit());
        node.put("measure", quantity.measure());
        putIfPresent(node, "qualifier", quantity.qualifier());
        ArrayNode subjects = node.putArray("subject");
        quantity.subjects().forEach(subjects::add);
        putIfPresent(node, "date", quantity.date());
        node.put("evidence", quantity.evidence().quote());
        node.put("start", quantity.evidence().start());
        return node;
    }

    private static ObjectNode relation(Relation relation) {
        ObjectNode node = NODES.objectNode();
        node.put("type", relation.type().name());
        node.put("subject", relation.subject());
        node.put("object", relation.object());
        putIfPresent(node, "title", relation.title());
        node.put("evidence", relation.evidence().quote());
        node.put("start", relation.evidence().start());
        return node;
    }

    private static ObjectNode level(Level level) {
        ObjectNode node = NODES.objectNode();
        ArrayNode states = node.putArray("states");
        level.states().forEach(states::add);
        node.put("label", level.label());
        node.put("rank", level.rank());
        putIfPresent(node, "date", level.date());
        node.put("formal", level.formal());
        node.put("evidence", level.evidence().quote());
        node.put("start", level.evidence().start());
        return node;
    }

    private static ObjectNode evidence(Evidence evidence) {
        ObjectNode node = NODES.objectNode();
        node.put("start", evidence.start());
        node.put("quote", evidence.quote());
        return node;
    }

    private static ObjectNode mention(Mention mention) {
        ObjectNode node = NODES.objectNode();
        node.put("start", mention.start());
        node.put("end", mention.end());
        node.put("text", mention.text());
        return node;
    }

    private static void putIfPresent(ObjectNode node, String key, @Nullable String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter lines = new DefaultIndenter("  ", "\n");
        Separators separators =
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators).withObjectIndenter(lines).withArrayIndenter(lines);
    }
}

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
import org.bilat.model.Extraction;
import org.bilat.model.Mention;
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

    private ExtractionJson() {}

    /** The record of one extraction, without a final newline. */
    public static String write(Extraction extraction) {
        try {
            return WRITER.writeValueAsString(tree(extraction));
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
        root.putArray("events");
        root.putArray("quantities");
        root.putArray("relations");
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

package org.bilat.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.bilat.store.StoreContents;

/**
 * One kind of JSON-lines record: how the store's contents become lines of it and how a line of it is read back. A
 * new kind (the partnership levels, say) is one more class in {@link Jsonl#KINDS}.
 */
interface RecordKind {
    /** The value of the lines' {@code kind} field. */
    String kind();

    /** Its lines, in a stable order, each with {@code kind} first. */
    List<ObjectNode> lines(StoreContents contents, ObjectMapper json);

    /** Adds what one line holds; {@code where} names the line for error messages. */
    void read(JsonNode line, String where, ContentsBuilder contents);
}

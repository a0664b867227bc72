package org.bilat.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bilat.model.BilatException;
import org.bilat.store.StoreContents;

/**
 * The JSON-lines format: one record a line, documents first so that every later line's quotes can be checked against
 * their text, then entities, events, quantities, relations and levels.
 */
final class Jsonl {
    /** The record kinds in the order they are written. */
    static final List<RecordKind> KINDS = List.of(
            new DocumentLines(),
            new EntityLines(),
            new EventLines(),
            new QuantityLines(),
            new RelationLines(),
            new LevelLines());

    private static final Map<String, RecordKind> BY_NAME =
            KINDS.stream().collect(Collectors.toMap(RecordKind::kind, Function.identity()));

    private final ObjectMapper json = new ObjectMapper();

    /** Writes every record; returns how many lines. */
    int write(StoreContents contents, Writer out) throws IOException {
        int lines = 0;
        for (RecordKind kind : KINDS) {
            for (ObjectNode line : kind.lines(contents, json)) {
                out.write(json.writeValueAsString(line));
                out.write('\n');
                lines++;
            }
        }
        return lines;
    }

    /** Reads every record of {@code in}, named {@code name} in error messages, and checks they hang together. */
    StoreContents read(String name, BufferedReader in) throws IOException {
        ContentsBuilder contents = new ContentsBuilder();
        int number = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            number++;
            if (!text.isBlank()) {
                String where = name + ":" + number;
                JsonNode line = parse(text, where);
                kind(line, where).read(line, where, contents);
            }
        }
        StoreContents read = contents.build();
        ContentsCheck.check(name, read);
        return read;
    }

    private JsonNode parse(String text, String where) {
        try {
            JsonNode line = json.readTree(text);
            if (!line.isObject()) {
                throw new BilatException(where + ": not a JSON object");
            }
            return line;
        } catch (JsonProcessingException e) {
            throw new BilatException(where + ": not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static RecordKind kind(JsonNode line, String where) {
        String kind = line.path("kind").asText();
        RecordKind reader = BY_NAME.get(kind);
        if (reader == null) {
            String known = KINDS.stream().map(RecordKind::kind).collect(Collectors.joining(", "));
            throw new BilatException(where + ": unknown record kind '" + kind + "'; one of " + known);
        }
        return reader;
    }
}

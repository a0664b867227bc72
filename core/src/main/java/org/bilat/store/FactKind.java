package org.bilat.store;

import java.util.List;
import java.util.Locale;
import org.bilat.model.BilatException;

/**
 * The kinds of fact an analyst judges, each with its table and the fields a judgement may edit, and the entities they
 * rename, retype, merge and split.
 */
public enum FactKind {
    EVENT("events"),
    FIGURE("quantities"),
    RELATION("relations"),
    /** Not a fact: an entity, which rename, retype, merge and split judgements name by one of its mentions. */
    ENTITY("entities");

    private final String table;

    FactKind(String table) {
        this.table = table;
    }

    /** The kind a fact key starts with ("event:..."). */
    public static FactKind ofKey(String key) {
        int colon = key.indexOf(':');
        String prefix = colon < 0 ? "" : key.substring(0, colon);
        for (FactKind kind : values()) {
            if (kind.label().equals(prefix)) {
                return kind;
            }
        }
        throw new BilatException(
                key + ": not a fact key; keys look like event:DOC:TYPE:START-END,"
                        + " figure:DOC:START-END or relation:DOC:TYPE:START-END (./bilat review lists them), or entity:DOC:START-END");
    }

    /** The word keys and messages use: event, figure, relation. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The fields an edit may change: first those stored in the fact's row, then the lists of entities (participants,
     * subjects) stored beside it.
     */
    public List<String> fields() {
        return switch (this) {
            case EVENT -> List.of("type", "date", "summary", "location", "participants");
            case FIGURE -> List.of("value", "unit", "measure", "qualifier", "date", "subjects");
            case RELATION -> List.of("type", "title", "subject", "object");
            case ENTITY -> List.of();
        };
    }

    String table() {
        return table;
    }
}

package org.bilat.export;

import java.util.Arrays;
import org.bilat.model.BilatException;
import org.bilat.model.EntityType;
import org.bilat.model.EventType;
import org.bilat.model.RelationType;

/** Reads the closed vocabularies of the schema from a JSON line, naming the line and the allowed codes when wrong. */
final class Vocabulary {
    private Vocabulary() {}

    static EntityType entityType(String code, String where) {
        return parse(EntityType.class, code, where);
    }

    static EventType eventType(String code, String where) {
        return parse(EventType.class, code, where);
    }

    static RelationType relationType(String code, String where) {
        return parse(RelationType.class, code, where);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code, String where) {
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            throw new BilatException(
                    where + ": unknown " + type.getSimpleName() + " '" + code + "'; one of "
                            + Arrays.toString(type.getEnumConstants()),
                    e);
        }
    }
}

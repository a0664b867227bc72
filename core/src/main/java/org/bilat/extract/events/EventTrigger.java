package org.bilat.extract.events;

import java.util.List;
import java.util.Objects;
import org.bilat.model.EventType;

/**
 * One row of the trigger table: the lemmas that name a happening, whether they are a verb or a noun, the event type
 * and CAMEO code they signal, and the objects one of which must stand among their arguments.
 *
 * @param lemmas the trigger's lemmas, one per token ("set", "up")
 * @param verb whether the first token must be a verb (else a noun)
 * @param objects lower-case lemmas or upper-case entity types and NER classes; empty when none is needed
 */
record EventTrigger(List<String> lemmas, boolean verb, EventType type, String cameo, List<String> objects) {
    EventTrigger {
        lemmas = List.copyOf(lemmas);
        objects = List.copyOf(objects);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        if (lemmas.isEmpty()) {
            throw new IllegalArgumentException("a trigger needs a lemma");
        }
    }

    /** Whether the trigger fires without any object. */
    boolean needsNoObject() {
        return objects.isEmpty();
    }
}

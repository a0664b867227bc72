package org.bilat.extract.events;

import java.util.Locale;
import java.util.Set;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Tells an event noun that a past verb of taking part, starting or finishing tells as done, and so a happening even
 * undated: its object or passive subject, directly or through an "of" phrase ("paid a visit to Klow", "witnessed the
 * signing of an agreement", "completed the construction of the plant", "the construction of the bridge was finished").
 */
final class WitnessedNouns {
    private static final Set<String> DOING = Set.of(
            "witness",
            "attend",
            "pay",
            "make",
            "undertake",
            "host",
            "complete",
            "finish",
            "finalize",
            "finalise",
            "begin",
            "start",
            "commence",
            "launch",
            "mark",
            "celebrate",
            "oversee");
    private static final Set<String> PAST = Set.of("VBD", "VBN");
    private static final Set<String> DONE_ROLES = Set.of("obj", "nsubj:pass");
    private static final int OF_STEPS = 1;

    private WitnessedNouns() {}

    /** Whether the event noun {@code noun} is what a past verb of doing tells as done. */
    static boolean witnessed(AnnotatedText text, Token noun) {
        return text.climb(noun, OF_STEPS, t -> t.dep().startsWith("nmod") && text.hasCaseMarker(t, "of"))
                .filter(t -> DONE_ROLES.contains(t.dep()))
                .flatMap(text::governor)
                .filter(verb -> PAST.contains(verb.pos()))
                .filter(verb -> DOING.contains(verb.lemma().toLowerCase(Locale.ROOT)))
                .isPresent();
    }
}

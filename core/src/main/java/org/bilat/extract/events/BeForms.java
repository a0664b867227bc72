package org.bilat.extract.events;

import java.util.Locale;
import java.util.Set;
import org.bilat.nlp.Token;

/** The finite forms of "be" as written, which tell a present passive or a plan from the words before a verb. */
final class BeForms {
    private static final Set<String> PRESENT = Set.of("is", "are", "am");
    private static final Set<String> PAST_OR_CONTRACTED = Set.of("was", "were", "'s", "'re");

    private BeForms() {}

    /** "is", "are", "am". */
    static boolean isPresent(Token t) {
        return PRESENT.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** A present form, a past one ("was", "were") or a contracted present ("'s", "'re"). */
    static boolean isFinite(Token t) {
        return isPresent(t) || PAST_OR_CONTRACTED.contains(t.text().toLowerCase(Locale.ROOT));
    }
}

package org.bilat.extract.events;

import java.util.Locale;
import java.util.Set;
import org.bilat.extract.time.DatedSpan;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * "operational since 2016", "two coups since August 2020", "the operator of the port since 2009": a state or a thing
 * that holds since a date is dated by its start, which is the happening. A verb's time since a date ("has supplied
 * tanks since 2015") and a recurring time ("every year since 2011") keep the span up to the report.
 */
final class SinceDates {
    private static final Set<String> RECURRING = Set.of("every", "each", "annually", "regularly");

    private SinceDates() {}

    /** The date {@code span} gives an event. */
    static String date(AnnotatedText text, DatedSpan span) {
        if (!span.date().contains("/")
                || span.first() < 1
                || !word(text, span.first() - 1).equals("since")) {
            return span.date();
        }
        Token since = text.tokens().get(span.first() - 1);
        Token head = text.governor(text.tokens().get(span.last())).orElse(since);
        boolean ofVerb = head.pos().startsWith("VB") || head.index() == since.index();
        return ofVerb || recurring(text, span.first() - 1)
                ? span.date()
                : span.date().split("/", 2)[0];
    }

    private static boolean recurring(AnnotatedText text, int since) {
        for (int k = Math.max(0, since - 3); k < since; k++) {
            if (RECURRING.contains(word(text, k))) {
                return true;
            }
        }
        return false;
    }

    private static String word(AnnotatedText text, int k) {
        return text.tokens().get(k).text().toLowerCase(Locale.ROOT);
    }
}

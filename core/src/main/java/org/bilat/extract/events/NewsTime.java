package org.bilat.extract.events;

import java.util.Optional;
import java.util.Set;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * The time of a report's own news: a trigger verb in the present perfect ("has signed", "we have just signed") tells
 * what happened by the day the report was written, so a sentence that names no date of its own is dated by the
 * report's day, and so does a simple past in the report's lead, which opens with its news. Only a report dated to the
 * day lends its date.
 */
final class NewsTime {
    private static final int DAY_LENGTH = "2000-01-01".length();
    private static final Set<String> PRESENT_HAVE = Set.of("VBZ", "VBP");

    private NewsTime() {}

    /** The document's date when the verb at {@code verb} is in the present perfect and the document has a day. */
    static Optional<String> of(AnnotatedText text, int verb, @Nullable String documentDate) {
        if (documentDate == null || documentDate.length() != DAY_LENGTH) {
            return Optional.empty();
        }
        return presentPerfect(text, text.tokens().get(verb)) ? Optional.of(documentDate) : Optional.empty();
    }

    /**
     * The document's day for a verb in the simple past in the report's lead, the first sentence that tells anything in
     * the past ("Ruritania signed a gas deal with Syldavia" under a dated headline): a report opens with its own news.
     */
    static Optional<String> ofLead(AnnotatedText text, int verb, @Nullable String documentDate) {
        if (documentDate == null || documentDate.length() != DAY_LENGTH) {
            return Optional.empty();
        }
        Token trigger = text.tokens().get(verb);
        if (!trigger.pos().equals("VBD")) {
            return Optional.empty();
        }
        for (int k = 0; k < text.sentenceStarts().get(trigger.sentence()); k++) {
            if (text.tokens().get(k).pos().equals("VBD")) {
                return Optional.empty();
            }
        }
        return Optional.of(documentDate);
    }

    /** A past participle whose auxiliary is a present form of "have" ("has signed", "have been signed"). */
    static boolean presentPerfect(AnnotatedText text, Token verb) {
        if (!verb.pos().equals("VBN")) {
            return false;
        }
        for (Token aux : text.dependents(verb, "aux")) {
            if (aux.lemma().equals("have") && PRESENT_HAVE.contains(aux.pos())) {
                return true;
            }
        }
        return false;
    }
}

package org.bilat.extract.time;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilat.nlp.AnnotatedText;
import org.jspecify.annotations.Nullable;

/**
 * The dates of a document's time expressions in the schema's form, and which date holds for a stretch of tokens.
 *
 * <p>SUTime's values are turned into ISO dates at the text's precision: a decade "201X" becomes 2010/2019 (the
 * early, mid or late part of it where the text says so), a month without a year takes the year last named before
 * it, and "between X and Y", "from X to Y", "since X" and "July 11–18" become spans ({@link DateReader} reads them;
 * this class answers which date holds where).
 */
public final class Dates {
    private final AnnotatedText text;
    private final List<DatedSpan> spans;
    private final Map<Integer, List<DatedSpan>> bySentence = new HashMap<>();

    private Dates(AnnotatedText text, @Nullable String documentDate, List<String> warnings) {
        this.text = text;
        this.spans = Collections.unmodifiableList(new DateReader(text, warnings).read(documentDate));
        for (DatedSpan span : spans) {
            bySentence
                    .computeIfAbsent(text.tokens().get(span.first()).sentence(), k -> new ArrayList<>())
                    .add(span);
        }
    }

    /** Reads the dates of {@code text}; values that cannot be read are added to {@code warnings} with their position. */
    public static Dates of(AnnotatedText text, @Nullable String documentDate, List<String> warnings) {
        return new Dates(text, documentDate, warnings);
    }

    /** Every dated expression of the text, in text order. */
    List<DatedSpan> spans() {
        return spans;
    }

    /** The dated expressions of sentence {@code s}, in text order. */
    public List<DatedSpan> inSentence(int s) {
        return bySentence.getOrDefault(s, List.of());
    }

    /**
     * The date that holds for tokens {@code first..last}: a dated expression inside them, else the nearest one before
     * them in their sentence, else the nearest one after them in it.
     */
    public Optional<String> dateFor(int first, int last) {
        int sentence = text.tokens().get(first).sentence();
        DatedSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DatedSpan span : inSentence(sentence)) {
            int distance;
            if (span.first() >= first && span.last() <= last) {
                distance = 0;
            } else if (span.last() < first) {
                distance = first - span.last();
            } else {
                distance = span.first() - last + 1000;
            }
            if (distance < bestDistance) {
                best = span;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(DatedSpan::date);
    }
}

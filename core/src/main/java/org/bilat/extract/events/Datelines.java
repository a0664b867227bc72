package org.bilat.extract.events;

import java.util.List;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.text.Occurrence;
import org.bilat.extract.time.DatedSpan;
import org.bilat.model.EntityType;
import org.bilat.nlp.Token;

/**
 * A news dateline: the place a report was filed from, opening its sentence before the report's date or a colon
 * ("OSTRAVA, May 10 -", "ZENDA Aug 3", "Klow: ..."). It tells where the reporter was, not where an event happened nor
 * who took part.
 */
final class Datelines {
    private Datelines() {}

    /** Whether occurrence {@code o} is (part of) the dateline opening its sentence. */
    static boolean holds(FactContext context, Occurrence o) {
        if (o.type() != EntityType.GPE || o.adjective()) {
            return false;
        }
        Token first = context.text().tokens().get(o.first());
        List<DatedSpan> dates = context.dates().inSentence(first.sentence());
        int start = context.text().sentenceStarts().get(first.sentence());
        for (int k = start; k < o.first(); k++) {
            if (!filler(context, k, dates)) {
                return false;
            }
        }
        int end = context.text().sentenceEnd(first.sentence());
        for (int k = o.last() + 1; k < end; k++) {
            Token t = context.text().tokens().get(k);
            if (t.text().equals(":") || dated(k, dates)) {
                return true;
            }
            if (!filler(context, k, dates)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code span} is the date of a dateline ("KLOW, Aug. 7 (Agency) -- ..."): only the dateline's places and
     * punctuation stand before it in its sentence. It dates the report, not the happening the sentence tells.
     */
    static boolean dates(FactContext context, DatedSpan span) {
        int sentence = context.text().tokens().get(span.first()).sentence();
        List<DatedSpan> dates = context.dates().inSentence(sentence);
        boolean place = false;
        for (int k = context.text().sentenceStarts().get(sentence); k < span.first(); k++) {
            if (!filler(context, k, dates)) {
                return false;
            }
            place |= context.at(k).filter(o -> o.type() == EntityType.GPE).isPresent();
        }
        return place;
    }

    /** Punctuation, a date, the header word "date", or another place of the dateline ("CITY, Country, May 2"). */
    private static boolean filler(FactContext context, int k, List<DatedSpan> dates) {
        Token t = context.text().tokens().get(k);
        boolean place = context.at(k)
                .filter(o -> o.type() == EntityType.GPE && !o.adjective())
                .isPresent();
        return place
                || dated(k, dates)
                || t.text().equalsIgnoreCase("date")
                || !Character.isLetterOrDigit(t.text().codePointAt(0));
    }

    private static boolean dated(int k, List<DatedSpan> dates) {
        return dates.stream().anyMatch(span -> span.first() <= k && k <= span.last());
    }
}

package org.bilat.extract.time;

import static org.bilat.extract.time.CalendarDates.YEAR;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.TimeMention;
import org.bilat.nlp.Token;

/** What the text around a time expression tells of it: a dateline, a unit after a number, a year after a day. */
final class TimeSurroundings {
    private static final Pattern DATELINE_PLACE = Pattern.compile("\\s*\\p{Lu}{2,}[\\p{Lu}\\p{P}\\s]*");

    private final AnnotatedText text;

    TimeSurroundings(AnnotatedText text) {
        this.text = text;
    }

    /** The words of {@code time} before its year, with the two tokens before it: "the end of", "in spring". */
    String wordsBeforeYear(TimeMention time) {
        int from = Math.max(0, time.first() - 2);
        int year = time.last();
        while (year > time.first()
                && !YEAR.matcher(text.tokens().get(year).text()).matches()) {
            year--;
        }
        int begin = text.tokens().get(from).begin();
        return text.text()
                .substring(begin, Math.max(begin, text.tokens().get(year).begin()));
    }

    /** "MINSK, May 10 (Agency) -": only words in capitals and punctuation stand before the day on its line. */
    boolean inDateline(TimeMention time) {
        int begin = text.tokens().get(time.first()).begin();
        String line = text.text().substring(text.text().lastIndexOf('\n', begin - 1) + 1, begin);
        return DATELINE_PLACE.matcher(line).matches();
    }

    /**
     * "1200 MW", "at 1016 GMT": a bare number followed by a unit or zone in capitals measures something; it is no
     * year.
     */
    boolean isMeasure(TimeMention time) {
        int next = time.last() + 1;
        if (!YEAR.matcher(time.text()).matches() || next >= text.tokens().size()) {
            return false;
        }
        Token unit = text.tokens().get(next);
        boolean capitals = unit.text().length() > 1 && unit.text().chars().allMatch(c -> c >= 'A' && c <= 'Z');
        // a name in capitals after a year ("in 2014 NATO expanded") is tagged as one; a unit is not
        return capitals && unit.ner().equals("O");
    }

    /** "September 28–29, 2016": SUTime reads the day and the year apart; the year after a day is its year. */
    Optional<String> yearAfter(TimeMention time) {
        List<Token> tokens = text.tokens();
        int i = time.last() + 1;
        if (i + 1 < tokens.size()
                && TimeWording.isDash(tokens.get(i).text())
                && tokens.get(i + 1).text().matches("\\d{1,2}")) {
            i += 2;
        }
        if (i < tokens.size() && tokens.get(i).text().equals(",")) {
            i++;
        }
        if (i < tokens.size()
                && YEAR.matcher(tokens.get(i).text()).matches()
                && tokens.get(i).sentence() == tokens.get(time.last()).sentence()) {
            return Optional.of(tokens.get(i).text());
        }
        return Optional.empty();
    }
}

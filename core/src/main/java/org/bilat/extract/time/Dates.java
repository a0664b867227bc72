package org.bilat.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.NlpPipeline;
import org.bilat.nlp.TimeMention;
import org.bilat.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * The dates of a document's time expressions in the schema's form, and which date holds for a stretch of tokens.
 *
 * <p>SUTime's values are turned into ISO dates at the text's precision: a decade "201X" becomes 2010/2019 (the
 * early, mid or late part of it where the text says so), a month without a year takes the year last named before
 * it, and "between X and Y", "from X to Y", "since X" and "July 11–18" become spans.
 */
public final class Dates {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern YEARLESS = Pattern.compile("XXXX(-\\d{2}(-\\d{2})?)(T[A-Z0-9:]+)?");
    private static final int EARLIEST_YEAR = 1000;
    private static final Pattern DATELINE_PLACE = Pattern.compile("\\s*\\p{Lu}{2,}[\\p{Lu}\\p{P}\\s]*");
    private static final Pattern DAY_TIME = Pattern.compile("(\\d{4}|XXXX)-\\d{2}-\\d{2}T.*");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4}(-\\d{2}(-\\d{2})?)?)(?:T|\\b).*");

    private final AnnotatedText text;
    private final List<DatedSpan> spans;
    private final Map<Integer, List<DatedSpan>> bySentence = new HashMap<>();
    private final List<String> warnings;

    private Dates(AnnotatedText text, @Nullable String documentDate, List<String> warnings) {
        this.text = text;
        this.warnings = warnings;
        this.spans = Collections.unmodifiableList(read(documentDate));
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

    private List<DatedSpan> read(@Nullable String documentDate) {
        List<DatedSpan> found = new ArrayList<>();
        String lastYear = documentDate == null || documentDate.length() < 4 ? null : documentDate.substring(0, 4);
        int lastYearAt = -1;
        for (TimeMention time : text.times()) {
            if (time.type().equals("SET")) {
                yearIn(time).ifPresent(found::add);
                continue;
            }
            if (time.type().equals("DURATION")) {
                YearRanges.of(time).ifPresent(found::add);
                continue;
            }
            if (!time.type().equals("DATE") && !isDayTime(time)) {
                continue;
            }
            // a news report's month without a year is of the report's year unless its own sentence names one
            boolean newsReport = documentDate != null && documentDate.length() > 4;
            boolean sameSentence = lastYearAt >= 0 && sentenceOf(lastYearAt) == sentenceOf(time.first());
            boolean yearNearby = newsReport ? sameSentence : lastYearAt >= 0 && sameParagraph(lastYearAt, time.first());
            String year = documentDate != null && newsReport && !sameSentence ? documentDate.substring(0, 4) : lastYear;
            year = notAfterDocument(year, documentDate);
            String date = date(time, year, yearNearby, documentDate);
            if (date == null) {
                continue;
            }
            if (!date.contains("/") || YEAR.matcher(date.substring(0, 4)).matches()) {
                lastYear = date.substring(0, 4);
                lastYearAt = time.last();
            }
            DatedSpan span = DayRanges.widen(text.tokens(), new DatedSpan(time.first(), time.last(), date));
            found.removeIf(earlier -> earlier.first() >= span.first());
            found.add(span);
        }
        return joinRanges(found, documentDate);
    }

    /**
     * A yearless month takes the year last named unless that year lies after the document's ("tanks due between 2022
     * and 2026 were ordered at the end of August" is the document year's August): a report tells what happened.
     */
    private static @Nullable String notAfterDocument(@Nullable String year, @Nullable String documentDate) {
        if (year == null || documentDate == null || documentDate.length() < 4) {
            return year;
        }
        String documentYear = documentDate.substring(0, 4);
        return year.compareTo(documentYear) > 0 ? documentYear : year;
    }

    /** "the morning of August 5", "Monday evening": a time of day SUTime gives with its day, which dates like a day. */
    private static boolean isDayTime(TimeMention time) {
        return time.type().equals("TIME") && DAY_TIME.matcher(time.value()).matches();
    }

    /** "since 2011": a time since a date runs from it to the document's year (events may narrow it to its start). */
    private DatedSpan untilDocument(DatedSpan span, @Nullable String documentDate) {
        boolean since = span.first() > 0 && lower(span.first() - 1).equals("since");
        if (!since
                || span.date().contains("/")
                || documentDate == null
                || documentDate.startsWith(span.date().substring(0, 4))) {
            return span;
        }
        return new DatedSpan(span.first(), span.last(), span.date() + "/" + documentDate.substring(0, 4));
    }

    /** The year a recurring time names ("every year since 2011"), which SUTime gives as a set. */
    private Optional<DatedSpan> yearIn(TimeMention time) {
        for (int i = time.first(); i <= time.last(); i++) {
            String word = text.tokens().get(i).text();
            if (YEAR.matcher(word).matches() && (word.startsWith("19") || word.startsWith("20"))) {
                return Optional.of(new DatedSpan(i, i, word));
            }
        }
        return Optional.empty();
    }

    private int sentenceOf(int token) {
        return text.tokens().get(token).sentence();
    }

    /** Whether no blank line stands between two tokens. */
    private boolean sameParagraph(int from, int to) {
        String between = text.text()
                .substring(text.tokens().get(from).end(), text.tokens().get(to).begin());
        return !between.matches("(?s).*\\n\\s*\\n.*");
    }

    /**
     * The schema date of a time expression. A time that names no year ("on 10 May") takes the year named right after
     * it, else the year last named in its paragraph, else, in a dated report, the report's year as SUTime reads it;
     * never a time after the report.
     */
    private @Nullable String date(
            TimeMention time, @Nullable String lastYear, boolean yearNearby, @Nullable String documentDate) {
        String value = time.value();
        if (Weekdays.names(time.text())) {
            return Weekdays.day(time.text(), documentDate);
        }
        if (value.equals("PRESENT_REF")
                || (documentDate != null
                        && value.equals(NlpPipeline.anchorDay(documentDate))
                        && (!namesCalendarDay(time) || inDateline(time)))) {
            // "now", "at present": a state of affairs, not the date of a happening
            return null;
        }
        if (isMeasure(time)) {
            return null;
        }
        Matcher week = WEEK.matcher(value);
        if (week.matches()) {
            return week(week, documentDate);
        }
        String read = readValue(time, value, lastYear);
        if (read == null) {
            return null;
        }
        if (!exists(read)) {
            warnings.add("token " + time.first() + " (\"" + time.text() + "\"): the date " + read
                    + " does not exist; skipped");
            return null;
        }
        if (YEAR.matcher(read).matches()) {
            read = LooseTimes.of(read, wordsBeforeYear(time));
        }
        int year = Integer.parseInt(read.substring(0, 4));
        if (year < EARLIEST_YEAR || year > Year.now(ZoneOffset.UTC).getValue() + 1) {
            warnings.add("token " + time.first() + " (\"" + time.text() + "\"): the date " + value
                    + " lies outside the years a document can report");
            return null;
        }
        if (isCountedBack(time)) {
            // "32 years ago" gives a year, not the day of the document's date it is counted from
            return read.substring(0, time.text().toLowerCase(Locale.ROOT).contains("month") ? 7 : 4);
        }
        if (namesItsYear(time) || isRelative(time)) {
            return read;
        }
        Optional<String> following = yearAfter(time);
        if (following.isPresent()) {
            return retimed(read, following.get());
        }
        boolean datedReport = documentDate != null && documentDate.length() > 4;
        if (lastYear != null && (yearNearby || !datedReport)) {
            return retimed(read, lastYear);
        }
        return documentDate == null ? read : notAfter(read, documentDate);
    }

    /** The words of {@code time} before its year, with the two tokens before it: "the end of", "in spring". */
    private String wordsBeforeYear(TimeMention time) {
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

    /** A week ("this week", "last week"): its Monday to its Sunday, or to the document's date if that comes first. */
    private static String week(Matcher week, @Nullable String documentDate) {
        LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                .with(DayOfWeek.MONDAY);
        LocalDate end = monday.plusDays(6);
        if (documentDate != null && DAY.matcher(documentDate).matches()) {
            LocalDate written = LocalDate.parse(documentDate);
            end = written.isBefore(end) && !written.isBefore(monday) ? written : end;
        }
        return monday + "/" + end;
    }

    /** Whether each day of {@code date} ("2021-02-31" does not; a year or month always does) is in the calendar. */
    private static boolean exists(String date) {
        for (String part : date.split("/", -1)) {
            if (DAY.matcher(part).matches()) {
                try {
                    LocalDate.parse(part);
                } catch (DateTimeParseException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A date SUTime placed after the document's own date, moved back into the year before it at the latest. */
    private static String notAfter(String date, String documentDate) {
        if (date.contains("/") || !isAfter(date, documentDate)) {
            return date;
        }
        int year = Integer.parseInt(documentDate.substring(0, 4));
        String moved = retimed(date, Integer.toString(year));
        return isAfter(moved, documentDate) ? retimed(date, Integer.toString(year - 1)) : moved;
    }

    /** Whether {@code date} lies after {@code other}, compared at the coarser of their precisions. */
    private static boolean isAfter(String date, String other) {
        int length = Math.min(date.length(), other.length());
        return date.substring(0, length).compareTo(other.substring(0, length)) > 0;
    }

    /** "32 years ago", "a year earlier", "two months later": counted from the document's date in years or months. */
    private static boolean isCountedBack(TimeMention time) {
        String words = time.text().toLowerCase(Locale.ROOT);
        return words.matches("(?s).*\\b(years?|decades?|months?) (ago|earlier|later|before|after)\\b.*")
                && !words.matches("(?s).*\\b(in|on) [a-z]+.*");
    }

    /** "on November 4", "Aug 10": a day the text names, which holds even when it is the report's own day. */
    private static boolean namesCalendarDay(TimeMention time) {
        return time.text().matches("(?s).*\\d.*");
    }

    /** "MINSK, May 10 (Agency) -": only words in capitals and punctuation stand before the day on its line. */
    private boolean inDateline(TimeMention time) {
        int begin = text.tokens().get(time.first()).begin();
        String line = text.text().substring(text.text().lastIndexOf('\n', begin - 1) + 1, begin);
        return DATELINE_PLACE.matcher(line).matches();
    }

    /**
     * "1200 MW", "at 1016 GMT": a bare number followed by a unit or zone in capitals measures something; it is no
     * year.
     */
    private boolean isMeasure(TimeMention time) {
        int next = time.last() + 1;
        if (!YEAR.matcher(time.text()).matches() || next >= text.tokens().size()) {
            return false;
        }
        Token unit = text.tokens().get(next);
        boolean capitals = unit.text().length() > 1 && unit.text().chars().allMatch(c -> c >= 'A' && c <= 'Z');
        // a name in capitals after a year ("in 2014 NATO expanded") is tagged as one; a unit is not
        return capitals && unit.ner().equals("O");
    }

    private static boolean namesItsYear(TimeMention time) {
        return time.text().matches("(?s).*\\b\\d{4}\\b.*") || time.text().matches("(?s).*\\d{4}s\\b.*");
    }

    /** "two years ago", "last June", "next year": SUTime counts these from the document's date. */
    private static boolean isRelative(TimeMention time) {
        return time.text().toLowerCase(Locale.ROOT).matches("(?s).*\\b(ago|last|next|previous|this|coming|past)\\b.*");
    }

    /** "September 28–29, 2016": SUTime reads the day and the year apart; the year after a day is its year. */
    private Optional<String> yearAfter(TimeMention time) {
        List<Token> tokens = text.tokens();
        int i = time.last() + 1;
        if (i + 1 < tokens.size()
                && isDash(tokens.get(i).text())
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

    /** {@code date} (a day, a month or a span within one year) moved to {@code year}. */
    private static String retimed(String date, String year) {
        if (date.contains("/")) {
            String[] parts = date.split("/", 2);
            return parts[0].substring(0, 4).equals(parts[1].substring(0, 4))
                    ? year + parts[0].substring(4) + "/" + year + parts[1].substring(4)
                    : date;
        }
        return year + date.substring(4);
    }

    private @Nullable String readValue(TimeMention time, String value, @Nullable String lastYear) {
        Matcher leading = LEADING_DATE.matcher(value);
        if (DAY.matcher(value).matches()
                || MONTH.matcher(value).matches()
                || YEAR.matcher(value).matches()) {
            return withDayRange(time, value);
        }
        Matcher decade = DECADE.matcher(value);
        if (decade.matches()) {
            return decade(time, Integer.parseInt(decade.group(1)) * 10);
        }
        Matcher yearless = YEARLESS.matcher(value);
        if (yearless.matches()) {
            return lastYear == null ? null : withDayRange(time, lastYear + yearless.group(1));
        }
        if (leading.matches()) {
            return leading.group(1);
        }
        if (!value.contains("X") && !value.startsWith("P") && !value.contains("REF")) {
            warnings.add("token " + time.first() + " (\"" + time.text() + "\"): cannot read the date " + value);
        }
        return null;
    }

    private String decade(TimeMention time, int start) {
        String part = wordBefore(time.first()).or(() -> firstWord(time)).orElse("");
        return switch (part) {
            case "early" -> start + "/" + (start + 3);
            case "mid", "mid-" -> (start + 4) + "/" + (start + 6);
            case "late" -> (start + 7) + "/" + (start + 9);
            default -> start + "/" + (start + 9);
        };
    }

    private Optional<String> firstWord(TimeMention time) {
        for (int i = time.first(); i <= time.last(); i++) {
            String word = text.tokens().get(i).text().toLowerCase(Locale.ROOT);
            if (word.equals("early") || word.equals("late")) {
                return Optional.of(word);
            }
            if (word.startsWith("mid")) {
                return Optional.of("mid");
            }
        }
        return Optional.empty();
    }

    private Optional<String> wordBefore(int index) {
        for (int i = index - 1; i >= 0 && i >= index - 2; i--) {
            String word = text.tokens().get(i).text().toLowerCase(Locale.ROOT);
            if (word.equals("early") || word.equals("mid") || word.equals("late") || word.startsWith("mid-")) {
                return Optional.of(word.startsWith("mid") ? "mid" : word);
            }
        }
        return Optional.empty();
    }

    /** "July 11–18": a day followed by a dash and another day of the same month. */
    private String withDayRange(TimeMention time, String value) {
        if (!DAY.matcher(value).matches() || time.last() + 2 >= text.tokens().size()) {
            return value;
        }
        Token dash = text.tokens().get(time.last() + 1);
        Token day = text.tokens().get(time.last() + 2);
        if (isDash(dash.text()) && day.text().matches("\\d{1,2}") && dash.sentence() == day.sentence()) {
            int end = Integer.parseInt(day.text());
            int start = Integer.parseInt(value.substring(8));
            if (end > start && end <= 31) {
                return value + "/" + value.substring(0, 8) + String.format(Locale.ROOT, "%02d", end);
            }
        }
        return value;
    }

    private static boolean isDash(String word) {
        return word.equals("-") || word.equals("–") || word.equals("—") || word.equals("--");
    }

    /**
     * "between 2015 and 2020", "from 2019 to 2022", "2015–2020", "during 2023 and the first half of 2024", "since 2011".
     */
    private List<DatedSpan> joinRanges(List<DatedSpan> spans, @Nullable String documentDate) {
        List<DatedSpan> joined = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            DatedSpan a = spans.get(i);
            DatedSpan b = i + 1 < spans.size() ? spans.get(i + 1) : null;
            Optional<DatedSpan> range = b == null ? Optional.empty() : range(a, b);
            if (range.isPresent()) {
                joined.add(range.get());
                i++;
                continue;
            }
            joined.add(untilDocument(a, documentDate));
        }
        return joined;
    }

    /**
     * Two dates linked as a range, from the start of the first to the end of the second. A first month without a year
     * is of the second's year ("from January to September 2021"), and a first year meets a month at month precision
     * ("during 2023 and the first seven months of 2024" is 2023-01/2024-07).
     */
    private Optional<DatedSpan> range(DatedSpan a, DatedSpan b) {
        if (b.first() - a.last() != 2) {
            return Optional.empty();
        }
        String before = a.first() > 0 ? lower(a.first() - 1) : "";
        String link = lower(a.last() + 1);
        boolean range = ((before.equals("between") || before.equals("during")) && link.equals("and"))
                || (before.equals("from") && (link.equals("to") || link.equals("till") || link.equals("until")))
                || isDash(link);
        String end = b.date().substring(b.date().indexOf('/') + 1);
        String start = a.date().split("/", 2)[0];
        if (start.length() > 4 && !writesYear(a)) {
            start = retimed(start, end.substring(0, 4));
        }
        if (start.length() == 4 && end.length() == 7) {
            start = start + "-01";
        }
        if (!range || start.compareTo(end) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new DatedSpan(a.first(), b.last(), start + "/" + end));
    }

    /** Whether a token of {@code span} is a year. */
    private boolean writesYear(DatedSpan span) {
        for (int k = span.first(); k <= span.last(); k++) {
            if (YEAR.matcher(text.tokens().get(k).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    private String lower(int index) {
        return text.tokens().get(index).text().toLowerCase(Locale.ROOT);
    }
}

package org.bilat.brief;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bilat.store.Passage;
import org.jspecify.annotations.Nullable;

/**
 * The trend per area of the relationship: the events and figures dated in the period against those dated in the
 * period of equal length before it, as "more", "fewer" or "as many".
 */
final class Trends implements Section<DigestFacts> {
    private static final Pattern START = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");
    private final Areas areas = Areas.load();

    @Override
    public void write(DigestFacts facts, MarkdownText out) {
        Period now = facts.period();
        Period before = now.previous();
        out.heading(2, "Trend by area");
        out.paragraph("Events and figures whose date (its first day) falls in " + now
                + ", against the previous period of equal length, " + before + ".");
        List<String> lines = areas.all().stream()
                .map(area -> line(area, facts, now, before, out))
                .toList();
        out.bullets(lines);
    }

    private String line(String area, DigestFacts facts, Period now, Period before, MarkdownText out) {
        List<Passage> current = passages(area, facts, now);
        int previous = passages(area, facts, before).size();
        return "**" + MarkdownText.plain(area) + "**: " + current.size() + " dated in the period, "
                + comparison(current.size(), previous) + " the " + previous + " of the period before"
                + (current.isEmpty() ? "" : " " + out.cite(current)) + ".";
    }

    static String comparison(int now, int before) {
        if (now == before) {
            return "as many as";
        }
        return now > before ? "more than" : "fewer than";
    }

    /** One passage per event or figure of the area dated in the period: what the count counts. */
    private List<Passage> passages(String area, DigestFacts facts, Period period) {
        List<Passage> events = facts.allEvents().stream()
                .filter(h -> areas.of(h.type()).filter(area::equals).isPresent() && in(h.date(), period))
                .flatMap(h -> FactKeys.passages(h).stream().limit(1))
                .toList();
        List<Passage> figures = facts.allFigures().stream()
                .filter(f -> areas.of(f).filter(area::equals).isPresent() && in(f.date(), period))
                .map(FactKeys::passage)
                .toList();
        return Stream.concat(events.stream(), figures.stream()).toList();
    }

    private static boolean in(@Nullable String date, Period period) {
        return firstDay(date).map(period::contains).orElse(false);
    }

    /** The first day of an ISO date or span at any precision: "2016" is 2016-01-01, "2016-09/2016-10" 2016-09-01. */
    static Optional<LocalDate> firstDay(@Nullable String date) {
        if (date == null) {
            return Optional.empty();
        }
        Matcher m = START.matcher(date);
        if (!m.find()) {
            return Optional.empty();
        }
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

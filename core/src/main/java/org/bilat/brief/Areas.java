package org.bilat.brief;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bilat.model.EventType;
import org.bilat.store.FigureRow;

/** Maps event types and figures to the areas of a relationship, as {@code areas.tsv} documents. */
final class Areas {
    private static final String MONEY = "MONEY";
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private final Map<EventType, String> events = new LinkedHashMap<>();
    private final Map<String, String> measures = new LinkedHashMap<>();
    private final Map<String, String> units = new LinkedHashMap<>();

    private Areas() {}

    static Areas load() {
        Areas areas = new Areas();
        try (InputStream in = Objects.requireNonNull(Areas.class.getResourceAsStream("areas.tsv"), "areas.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .skip(1)
                    .forEach(areas::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return areas;
    }

    private void add(String line) {
        String[] cells = line.split("\t", -1);
        switch (cells[0]) {
            case "event" -> events.put(EventType.valueOf(cells[1]), cells[2]);
            case "measure" -> measures.put(cells[1].toLowerCase(Locale.ROOT), cells[2]);
            case "unit" -> units.put(cells[1], cells[2]);
            default -> throw new IllegalStateException("areas.tsv: unknown kind " + cells[0]);
        }
    }

    /** Every area, in the order of the table. */
    List<String> all() {
        List<String> all = new ArrayList<>();
        for (Map<?, String> map : List.of(events, measures, units)) {
            map.values().stream().filter(a -> !all.contains(a)).forEach(all::add);
        }
        return all;
    }

    Optional<String> of(EventType type) {
        return Optional.ofNullable(events.get(type));
    }

    /** The area of the first measure word the table names, else of its unit (any currency counts as MONEY). */
    Optional<String> of(FigureRow figure) {
        for (String word : WORD_BREAK.split(figure.measure().toLowerCase(Locale.ROOT), -1)) {
            if (measures.containsKey(word)) {
                return Optional.ofNullable(measures.get(word));
            }
        }
        String unit = figure.unit().matches("[A-Z]{3}") ? MONEY : figure.unit();
        return Optional.ofNullable(units.get(unit));
    }
}

package org.bilat.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of scoring predicted extraction records against gold ones, section by section.
 *
 * @param evidenceExact share of predicted events, quantities and relations whose evidence is in the document; null when
 *     no documents folder was given
 * @param levels the optional levels section, null when it was not scored
 * @param counts gold and predicted record counts per section: entities, events, quantities, relations (and levels)
 */
public record Score(
        Prf entities,
        Prf events,
        Prf quantities,
        Prf relations,
        @Nullable Prf levels,
        Prf identity,
        double entityTypeAccuracy,
        double eventParticipantsF1,
        double eventDateExact,
        @Nullable Double evidenceExact,
        Map<String, Counts> counts) {
    static final List<String> SECTIONS = List.of("entities", "events", "quantities", "relations");

    public Score {
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(quantities, "quantities");
        Objects.requireNonNull(relations, "relations");
        Objects.requireNonNull(identity, "identity");
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        for (String section : SECTIONS) {
            Objects.requireNonNull(counts.get(section), section);
        }
        if (levels != null) {
            Objects.requireNonNull(counts.get("levels"), "levels");
        }
    }

    /**
     * The report exactly as score.py prints it without --verbose or --json (with --levels when levels were scored),
     * every line ending in a newline.
     */
    public String table() {
        StringBuilder out = new StringBuilder();
        line(out, String.format(Locale.ROOT, "%-18s%7s%7s%7s%7s%7s", "section", "P", "R", "F1", "gold", "pred"));
        Prf[] rows = {entities, events, quantities, relations};
        for (int i = 0; i < rows.length; i++) {
            row(out, SECTIONS.get(i), rows[i]);
        }
        if (levels != null) {
            row(out, "levels", levels);
        }
        line(out, String.format(Locale.ROOT, "%-18s%s", "identity (B3)", columns(identity)));
        line(out, "entity type accuracy " + fixed(entityTypeAccuracy));
        line(
                out,
                "matched events: participants F1 " + fixed(eventParticipantsF1) + ", date exact "
                        + fixed(eventDateExact));
        if (evidenceExact != null) {
            line(out, "evidence exact substring " + fixed(evidenceExact));
        }
        return out.toString();
    }

    private void row(StringBuilder out, String section, Prf prf) {
        Counts c = Objects.requireNonNull(counts.get(section), section);
        line(out, String.format(Locale.ROOT, "%-18s%s%7d%7d", section, columns(prf), c.gold(), c.pred()));
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }

    static String columns(Prf prf) {
        return String.format(Locale.ROOT, "%7s%7s%7s", fixed(prf.p()), fixed(prf.r()), fixed(prf.f1()));
    }

    // Python's "{:.3f}" rounds the exact binary value half-to-even; Java's %.3f rounds a decimal approximation half-up.
    static String fixed(double value) {
        return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}

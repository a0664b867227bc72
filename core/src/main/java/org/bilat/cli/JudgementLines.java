package org.bilat.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.bilat.store.Judgement;
import org.bilat.store.JudgementAction;

/** The one-line form of a judgement that history, judge and review print. */
final class JudgementLines {
    private JudgementLines() {}

    /** "when · who · action · field: before → after · "why" · id ID". */
    static String line(Judgement judgement) {
        StringBuilder line = new StringBuilder(judgement.madeAt())
                .append(FactLines.SEPARATOR)
                .append(judgement.author())
                .append(FactLines.SEPARATOR)
                .append(judgement.action().name().toLowerCase(Locale.ROOT));
        String reverts = judgement.reverts();
        if (judgement.action() == JudgementAction.REVERT && reverts != null) {
            line.append(' ').append(shortId(reverts));
        }
        line.append(FactLines.SEPARATOR).append(changes(judgement.before(), judgement.after()));
        String reason = judgement.reason();
        if (reason != null) {
            line.append(FactLines.SEPARATOR).append(FactLines.quoted(reason));
        }
        return line.append(FactLines.SEPARATOR)
                .append("id ")
                .append(shortId(judgement.id()))
                .toString();
    }

    /** The first eight characters of an id, which commands accept in place of the whole. */
    static String shortId(String id) {
        return id.length() <= 8 ? id : id.substring(0, 8);
    }

    private static String changes(Map<String, String> before, Map<String, String> after) {
        StringBuilder changes = new StringBuilder();
        for (String field : new TreeSet<>(after.keySet())) {
            if (field.startsWith("_")) {
                continue; // what a merge or split keeps to be applied again or undone, not for reading
            }
            if (changes.length() > 0) {
                changes.append(", ");
            }
            changes.append(field)
                    .append(": ")
                    .append(shown(before.getOrDefault(field, "")))
                    .append(" → ")
                    .append(shown(after.getOrDefault(field, "")));
        }
        return changes.toString();
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }
}

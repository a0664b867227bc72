package org.bilat.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The finite set of words a small regular expression over one word stands for: literal characters, escaped
 * punctuation, classes of plain characters ({@code [Aa]}), an optional atom ({@code \.?}), groups and alternatives
 * ({@code (st|saint)}). "N\.?Y\.?" gives NY, NY., N.Y and N.Y.; anything with repetition or wildcards gives none.
 */
final class PhraseExpansion {
    private static final String SPECIAL = "[]*+?\\().|^${}";
    private static final int MAX_FORMS = 64;

    private final String regex;
    private int at;

    private PhraseExpansion(String regex) {
        this.regex = regex;
    }

    /** Whether the text has no character a regular expression treats specially. */
    static boolean isPlain(String pattern) {
        return pattern.chars().noneMatch(c -> SPECIAL.indexOf(c) >= 0);
    }

    /** Every word the expression matches, when they are finitely many, few and none is empty. */
    static Optional<List<String>> expand(String regex) {
        PhraseExpansion parser = new PhraseExpansion(regex);
        Set<String> forms = parser.alternatives();
        if (forms.isEmpty() || parser.at != regex.length() || forms.contains("")) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(forms));
    }

    /** Alternatives up to a closing parenthesis or the end; empty when the expression is not finite. */
    private Set<String> alternatives() {
        Set<String> all = new LinkedHashSet<>();
        Set<String> current = Set.of("");
        while (at < regex.length() && regex.charAt(at) != ')') {
            if (regex.charAt(at) == '|') {
                all.addAll(current);
                current = Set.of("");
                at++;
                continue;
            }
            Set<String> atom = optional(atom());
            if (atom.isEmpty()) {
                return Set.of();
            }
            current = concatenation(current, atom);
            if (current.size() > MAX_FORMS) {
                return Set.of();
            }
        }
        all.addAll(current);
        return all.size() > MAX_FORMS ? Set.of() : all;
    }

    private Set<String> atom() {
        char c = regex.charAt(at);
        if (c == '(') {
            at += regex.startsWith("?:", at + 1) ? 3 : 1;
            Set<String> inner = alternatives();
            if (at >= regex.length()) {
                return Set.of();
            }
            at++;
            return inner;
        }
        if (c == '\\') {
            boolean escapedPunctuation = at + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(at + 1));
            at += 2;
            return escapedPunctuation ? Set.of(String.valueOf(regex.charAt(at - 1))) : Set.of();
        }
        if (c == '[') {
            return characterClass();
        }
        at++;
        return SPECIAL.indexOf(c) >= 0 ? Set.of() : Set.of(String.valueOf(c));
    }

    private Set<String> characterClass() {
        int close = regex.indexOf(']', at + 1);
        if (close < 0) {
            return Set.of();
        }
        String members = regex.substring(at + 1, close);
        at = close + 1;
        if (members.isEmpty() || !isPlain(members) || members.contains("-")) {
            return Set.of();
        }
        Set<String> forms = new LinkedHashSet<>();
        members.chars().forEach(m -> forms.add(String.valueOf((char) m)));
        return forms;
    }

    /** The atom, or also nothing when a {@code ?} follows it; nothing finite when a repetition follows it. */
    private Set<String> optional(Set<String> atom) {
        if (at < regex.length() && regex.charAt(at) == '?') {
            at++;
            Set<String> forms = new LinkedHashSet<>(atom);
            forms.add("");
            return atom.isEmpty() ? Set.of() : forms;
        }
        boolean repeated = at < regex.length() && "*+{".indexOf(regex.charAt(at)) >= 0;
        return repeated ? Set.of() : atom;
    }

    private static Set<String> concatenation(Set<String> heads, Set<String> tails) {
        Set<String> forms = new LinkedHashSet<>();
        for (String head : heads) {
            for (String tail : tails) {
                forms.add(head + tail);
            }
        }
        return forms;
    }

    /** Every phrase of one form per word, when there are at most {@code MAX_FORMS}. */
    static Optional<List<List<String>>> phrases(List<List<String>> formsPerWord) {
        List<List<String>> phrases = List.of(List.of());
        for (List<String> forms : formsPerWord) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> phrase : phrases) {
                for (String form : forms) {
                    List<String> next = new ArrayList<>(phrase);
                    next.add(form);
                    longer.add(next);
                }
            }
            if (longer.size() > MAX_FORMS) {
                return Optional.empty();
            }
            phrases = longer;
        }
        return Optional.of(phrases);
    }
}

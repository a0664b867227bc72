package org.bilat.extract.relations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.Lexicon;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * A token pattern over words and entity mentions, written as space-separated steps: {@code {ORG|FAC}} takes a mention
 * of one of those types, {@code {ADJ}} a nationality adjective, {@code ART} an article, {@code (...)} a bracketed
 * aside, {@code {~LOC|GPE}} or {@code {~ADJ}} a name or adjective passed over, {@code DATE} a time expression, {@code *} a few words outside names, {@code a|b} one of the words; a trailing {@code ?} makes a step optional.
 */
final class RelationPattern {
    private static final int LONGEST_ASIDE = 14;
    private static final int LONGEST_GAP = 12;

    private final String source;
    private final List<Step> steps;

    private RelationPattern(String source, List<Step> steps) {
        this.source = source;
        this.steps = steps;
    }

    static RelationPattern parse(String source) {
        List<Step> steps = new ArrayList<>();
        for (String part : source.trim().split("\\s+", -1)) {
            boolean optional = part.length() > 1 && part.endsWith("?");
            steps.add(step(optional ? part.substring(0, part.length() - 1) : part, optional));
        }
        return new RelationPattern(source, List.copyOf(steps));
    }

    private static Step step(String part, boolean optional) {
        if (part.startsWith("{") && part.endsWith("}")) {
            String inner = part.substring(1, part.length() - 1);
            if (inner.startsWith("~")) {
                // "{~ADJ}", "{~LOC|GPE}": a name or adjective passed over, not taken.
                Step taken = step("{" + inner.substring(1) + "}", optional);
                return new Step(Kind.PASSED, Set.of(), taken.types(), optional, taken.kind() == Kind.ADJECTIVE);
            }
            if (inner.equals("ADJ")) {
                return new Step(Kind.ADJECTIVE, Set.of(), EnumSet.of(EntityType.GPE), optional);
            }
            EnumSet<EntityType> types = EnumSet.noneOf(EntityType.class);
            Arrays.stream(inner.split("\\|", -1)).forEach(t -> types.add(EntityType.valueOf(t)));
            return new Step(Kind.MENTION, Set.of(), types, optional);
        }
        Kind kind = switch (part) {
            case "ART" -> Kind.ARTICLE;
            case "(...)" -> Kind.ASIDE;
            case "DATE" -> Kind.DATE;
            case "*" -> Kind.GAP;
            default -> Kind.WORD;
        };
        Set<String> words = kind == Kind.WORD ? Set.of(part.split("\\|", -1)) : Set.of();
        return new Step(kind, words, EnumSet.noneOf(EntityType.class), optional);
    }

    /** The first match that starts at token {@code from} and ends before token {@code end}. */
    Optional<RelationMatch> match(RelationText text, int from, int end) {
        List<Occurrence> captures = new ArrayList<>();
        int last = match(text, 0, from, end, captures);
        return last < from ? Optional.empty() : Optional.of(new RelationMatch(List.copyOf(captures), from, last));
    }

    /** Matches steps from {@code step} on at token {@code at}; the last token matched, or -1. */
    private int match(RelationText text, int step, int at, int end, List<Occurrence> captures) {
        if (step == steps.size()) {
            return at - 1;
        }
        Step s = steps.get(step);
        for (int next : s.advances(text, at, end)) {
            Occurrence taken = s.kind() == Kind.MENTION || s.kind() == Kind.ADJECTIVE
                    ? mentionEndingBefore(text, at, next, s)
                    : null;
            if (taken != null) {
                captures.add(taken);
            }
            int last = match(text, step + 1, next, end, captures);
            if (last >= 0) {
                return last;
            }
            if (taken != null) {
                captures.remove(captures.size() - 1);
            }
        }
        return s.optional() ? match(text, step + 1, at, end, captures) : -1;
    }

    private static @Nullable Occurrence mentionEndingBefore(RelationText text, int at, int next, Step s) {
        return text.startingAt(at).stream()
                .filter(o -> o.last() == next - 1 && s.takes(o))
                .findFirst()
                .orElse(null);
    }

    @Override
    public String toString() {
        return source;
    }

    private enum Kind {
        WORD,
        ARTICLE,
        MENTION,
        ADJECTIVE,
        /** A name or adjective the match passes over without taking it. */
        PASSED,
        ASIDE,
        DATE,
        GAP
    }

    /** @param adjectives whether a {@link Kind#PASSED} step passes over an adjective rather than a name */
    private record Step(Kind kind, Set<String> words, Set<EntityType> types, boolean optional, boolean adjectives) {
        Step(Kind kind, Set<String> words, Set<EntityType> types, boolean optional) {
            this(kind, words, types, optional, false);
        }

        boolean takes(Occurrence o) {
            boolean adjective = kind == Kind.ADJECTIVE || (kind == Kind.PASSED && adjectives);
            return types.contains(o.type()) && o.adjective() == adjective;
        }

        /** The token positions this step may move on to from {@code at}, the likeliest first. */
        List<Integer> advances(RelationText text, int at, int end) {
            if (at >= end) {
                return List.of();
            }
            return switch (kind) {
                case WORD -> words.contains(text.word(at)) ? List.of(at + 1) : List.of();
                case ARTICLE -> Lexicon.isArticle(text.word(at)) ? List.of(at + 1) : List.of();
                case MENTION, ADJECTIVE, PASSED ->
                    text.startingAt(at).stream()
                            .filter(o -> takes(o) && o.last() < end)
                            .map(o -> o.last() + 1)
                            .toList();
                case ASIDE -> aside(text, at, end);
                case DATE -> date(text, at, end);
                case GAP -> gap(text, at, end);
            };
        }

        private static List<Integer> aside(RelationText text, int at, int end) {
            if (!text.word(at).equals("(")) {
                return List.of();
            }
            for (int i = at + 1; i < end && i <= at + LONGEST_ASIDE; i++) {
                if (text.word(i).equals(")")) {
                    return List.of(i + 1);
                }
            }
            return List.of();
        }

        /** Any few words outside names, the fewest first. */
        private static List<Integer> gap(RelationText text, int at, int end) {
            List<Integer> next = new ArrayList<>();
            for (int i = at; i < end && i <= at + LONGEST_GAP && (i == at || !text.covered(i - 1)); i++) {
                next.add(i);
            }
            return next;
        }

        private static List<Integer> date(RelationText text, int at, int end) {
            int i = at;
            while (i < end && text.token(i).ner().equals("DATE")) {
                i++;
            }
            return i > at ? List.of(i) : List.of();
        }
    }
}

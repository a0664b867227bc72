package org.bilat.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A text with its tokens, lemmas, part-of-speech tags and NER classes, where its sentences start, its time expressions
 * (SUTime), and which words it
 * writes in lower case somewhere (a capitalised word the text also writes in lower case is a common word), each
 * token's place in its sentence's dependency tree, and the soft problems met (sentences left unparsed), each naming
 * its position.
 */
public record AnnotatedText(
        String text,
        List<Token> tokens,
        List<Integer> sentenceStarts,
        List<TimeMention> times,
        Set<String> lowerCaseWords,
        List<String> warnings) {
    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        sentenceStarts = List.copyOf(sentenceStarts);
        times = List.copyOf(times);
        lowerCaseWords = Set.copyOf(lowerCaseWords);
        warnings = List.copyOf(warnings);
    }

    public AnnotatedText(
            String text,
            List<Token> tokens,
            List<Integer> sentenceStarts,
            List<TimeMention> times,
            List<String> warnings) {
        this(text, tokens, sentenceStarts, times, lowerCase(tokens), warnings);
    }

    public AnnotatedText(String text, List<Token> tokens, List<Integer> sentenceStarts, List<TimeMention> times) {
        this(text, tokens, sentenceStarts, times, List.of());
    }

    public AnnotatedText(String text, List<Token> tokens, List<Integer> sentenceStarts) {
        this(text, tokens, sentenceStarts, List.of());
    }

    private static Set<String> lowerCase(List<Token> tokens) {
        Set<String> words = new HashSet<>();
        for (Token t : tokens) {
            if (!t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0))) {
                words.add(t.text());
            }
        }
        return words;
    }

    /** Whether the text also writes this word in lower case. */
    public boolean writesInLowerCase(String word) {
        return lowerCaseWords.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** The index of the first token that ends after character {@code offset} (the token count when none does). */
    public int firstTokenEndingAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The tokens of sentence {@code s}. */
    public List<Token> sentence(int s) {
        return tokens.subList(sentenceStarts.get(s), sentenceEnd(s));
    }

    /** The index just past the last token of sentence {@code s}. */
    public int sentenceEnd(int s) {
        return s + 1 < sentenceStarts.size() ? sentenceStarts.get(s + 1) : tokens.size();
    }

    /** The tokens that depend directly on {@code head} in its sentence's dependency tree, in text order. */
    public List<Token> dependents(Token head) {
        List<Token> found = new ArrayList<>();
        for (Token t : sentence(head.sentence())) {
            if (t.head() == head.index()) {
                found.add(t);
            }
        }
        return found;
    }

    /**
     * The dependents of {@code head} whose relation is {@code relation} or one of its subtypes ("obl" also finds
     * "obl:tmod", "nmod" also "nmod:poss").
     */
    public List<Token> dependents(Token head, String relation) {
        List<Token> found = new ArrayList<>();
        for (Token t : dependents(head)) {
            if (t.dep().equals(relation) || t.dep().startsWith(relation + ":")) {
                found.add(t);
            }
        }
        return found;
    }

    /** The lemma of the preposition that marks {@code word} ("with" in "with China"), if any. */
    public Optional<String> caseMarker(Token word) {
        for (Token t : dependents(word)) {
            if (t.dep().equals("case")) {
                return Optional.of(t.lemma().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code word} is marked by the preposition {@code marker} ("of" in "the signing of the treaty"). */
    public boolean hasCaseMarker(Token word, String marker) {
        return caseMarker(word).filter(marker::equals).isPresent();
    }

    /**
     * {@code word} and every word coordinated with it ("Belarus, Russia and China" from "Belarus"), in text order:
     * the conjuncts hang from the first one.
     */
    public List<Token> withConjuncts(Token word) {
        Token first = word;
        while (first.dep().equals("conj") && first.head() >= 0) {
            first = tokens.get(first.head());
        }
        List<Token> found = new ArrayList<>(List.of(first));
        for (int i = 0; i < found.size(); i++) {
            found.addAll(dependents(found.get(i), "conj"));
        }
        found.sort(java.util.Comparator.comparingInt(Token::index));
        return found;
    }

    /** The first and last token index (inclusive) of the subtree headed by {@code head}. */
    public int[] subtreeSpan(Token head) {
        int first = head.index();
        int last = head.index();
        for (Token t : sentence(head.sentence())) {
            if (dominates(head, t)) {
                first = Math.min(first, t.index());
                last = Math.max(last, t.index());
            }
        }
        return new int[] {first, last};
    }

    /** Whether {@code ancestor} is {@code word} or lies on its path to the root of its sentence's tree. */
    public boolean dominates(Token ancestor, Token word) {
        Token t = word;
        for (int steps = 0; steps <= tokens.size(); steps++) {
            if (t.index() == ancestor.index()) {
                return true;
            }
            if (t.head() < 0) {
                return false;
            }
            t = tokens.get(t.head());
        }
        return false;
    }

    /** The token {@code token} depends on, if its sentence was parsed and it is not the root. */
    public Optional<Token> governor(Token token) {
        return token.head() < 0 ? Optional.empty() : Optional.of(tokens.get(token.head()));
    }

    /**
     * The word reached from {@code word} by going up to each word's governor while {@code link} holds of the word
     * below, at most {@code steps} times ("the signing" from "an agreement" in "the signing of an agreement"); empty
     * when a word on the way has no governor.
     */
    public Optional<Token> climb(Token word, int steps, Predicate<Token> link) {
        Token t = word;
        for (int step = 0; step < steps && link.test(t); step++) {
            if (t.head() < 0) {
                return Optional.empty();
            }
            t = tokens.get(t.head());
        }
        return Optional.of(t);
    }

    public int sentenceCount() {
        return sentenceStarts.size();
    }

    /** The exact text from the start of token {@code from} to the end of token {@code to} (inclusive). */
    public String span(int from, int to) {
        return text.substring(tokens.get(from).begin(), tokens.get(to).end());
    }
}

package org.bilat.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tags the phrases of the fine-grained NER list entries written as regular expressions, as TokensRegexNER would:
 * entries with finitely many forms are looked up by their first word, the few others tried word by word. A match
 * tags words that carry no class yet (or only one the entry may overwrite, or all a place); where matches overlap,
 * the higher priority and then the longer wins. A case-blind entry needs a noun or adjective among its words.
 */
final class PatternedTags {
    private static final Pattern NOUN_OR_ADJECTIVE = Pattern.compile("(NN|JJ|ADD).*");
    private static final Set<String> UNCLASSED = Set.of("O", "MISC");
    private static final Set<String> PLACES = Set.of("LOCATION", "GPE");

    /** One line of a list: its word patterns, its class, the classes it may overwrite, its priority. */
    record Entry(List<String> words, String type, Set<String> overwritable, double priority, boolean caseless) {
        static Entry of(String[] fields, boolean caseless) {
            List<String> words = List.of(fields[0].trim().split("\\s+"));
            Set<String> overwritable = fields.length > 2 && !fields[2].isBlank()
                    ? Set.of(fields[2].trim().split("\\s*,\\s*"))
                    : Set.of();
            double priority = fields.length > 3 && !fields[3].isBlank() ? Double.parseDouble(fields[3].trim()) : 0;
            return new Entry(words, fields[1].trim(), overwritable, priority, caseless);
        }
    }

    /** An entry at one of its finite forms, word by word (lower case for a case-blind entry). */
    private record Phrase(List<String> words, Entry entry) {}

    /** An entry with infinitely many forms, as one regular expression per word. */
    private record WordPatterns(Entry entry, List<Pattern> words) {}

    private record Match(Entry entry, int end) {}

    private final Map<String, List<Phrase>> casedByFirstWord = new HashMap<>();
    private final Map<String, List<Phrase>> caselessByFirstWord = new HashMap<>();
    private final List<WordPatterns> wordPatterns = new ArrayList<>();

    PatternedTags(List<Entry> entries) {
        for (Entry entry : entries) {
            Optional<List<List<String>>> phrases = finiteForms(entry);
            if (phrases.isPresent()) {
                phrases.get().forEach(words -> index(new Phrase(fold(words, entry.caseless()), entry)));
            } else {
                int flags = entry.caseless() ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
                wordPatterns.add(new WordPatterns(
                        entry,
                        entry.words().stream()
                                .map(w -> Pattern.compile(w, flags))
                                .toList()));
            }
        }
    }

    /** Tags the matching phrases of one sentence's tokens in place. */
    void tag(List<CoreLabel> tokens) {
        int i = 0;
        while (i < tokens.size()) {
            Match best = best(tokens, i);
            if (best != null && mayTag(tokens, i, best)) {
                for (int t = i; t < best.end(); t++) {
                    tokens.get(t).setNER(best.entry().type());
                }
                i = best.end();
            } else {
                i++;
            }
        }
    }

    private @Nullable Match best(List<CoreLabel> tokens, int start) {
        String word = tokens.get(start).word();
        Match best = bestPhrase(tokens, start, casedByFirstWord.getOrDefault(word, List.of()), null);
        best = bestPhrase(
                tokens, start, caselessByFirstWord.getOrDefault(word.toLowerCase(Locale.ROOT), List.of()), best);
        for (WordPatterns patterns : wordPatterns) {
            if (patternsAt(tokens, start, patterns.words())) {
                best = better(
                        best,
                        new Match(patterns.entry(), start + patterns.words().size()));
            }
        }
        return best;
    }

    private static @Nullable Match bestPhrase(
            List<CoreLabel> tokens, int start, List<Phrase> candidates, @Nullable Match best) {
        Match found = best;
        for (Phrase phrase : candidates) {
            if (phraseAt(tokens, start, phrase)) {
                found = better(
                        found, new Match(phrase.entry(), start + phrase.words().size()));
            }
        }
        return found;
    }

    private static @Nullable Match better(@Nullable Match a, Match b) {
        if (a == null || b.entry().priority() > a.entry().priority()) {
            return b;
        }
        return b.entry().priority() == a.entry().priority() && b.end() > a.end() ? b : a;
    }

    private static boolean phraseAt(List<CoreLabel> tokens, int start, Phrase phrase) {
        if (start + phrase.words().size() > tokens.size()) {
            return false;
        }
        for (int w = 0; w < phrase.words().size(); w++) {
            String word = tokens.get(start + w).word();
            String key = phrase.entry().caseless() ? word.toLowerCase(Locale.ROOT) : word;
            if (!key.equals(phrase.words().get(w))) {
                return false;
            }
        }
        return true;
    }

    private static boolean patternsAt(List<CoreLabel> tokens, int start, List<Pattern> words) {
        if (words.isEmpty() || start + words.size() > tokens.size()) {
            return false;
        }
        for (int w = 0; w < words.size(); w++) {
            if (!words.get(w).matcher(tokens.get(start + w).word()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayTag(List<CoreLabel> tokens, int start, Match match) {
        List<CoreLabel> span = tokens.subList(start, match.end());
        boolean posOk = !match.entry().caseless()
                || span.stream()
                        .anyMatch(t -> t.tag() != null
                                && NOUN_OR_ADJECTIVE.matcher(t.tag()).matches());
        boolean places = span.stream().allMatch(t -> PLACES.contains(t.ner()));
        boolean free = span.stream()
                .allMatch(t -> t.ner() == null
                        || UNCLASSED.contains(t.ner())
                        || match.entry().overwritable().contains(t.ner()));
        return posOk && (places || free);
    }

    private static Optional<List<List<String>>> finiteForms(Entry entry) {
        List<List<String>> formsPerWord = new ArrayList<>();
        for (String word : entry.words()) {
            Optional<List<String>> forms = PhraseExpansion.expand(word);
            if (forms.isEmpty()) {
                return Optional.empty();
            }
            formsPerWord.add(forms.get());
        }
        return PhraseExpansion.phrases(formsPerWord);
    }

    private void index(Phrase phrase) {
        Map<String, List<Phrase>> byFirstWord = phrase.entry().caseless() ? caselessByFirstWord : casedByFirstWord;
        byFirstWord
                .computeIfAbsent(phrase.words().get(0), k -> new ArrayList<>())
                .add(phrase);
    }

    private static List<String> fold(List<String> words, boolean caseless) {
        return caseless ? words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList() : words;
    }
}

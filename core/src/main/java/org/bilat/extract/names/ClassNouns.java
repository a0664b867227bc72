package org.bilat.extract.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilat.extract.text.Lexicon;
import org.bilat.model.EntityType;

/** Head nouns that say what kind of thing a name names ("Corporation", "Treaty", "Industrial Park"). */
final class ClassNouns {
    private static final int LONGEST = 4;
    private final Map<String, EntityType> types = new HashMap<>();

    private ClassNouns() {
        for (String[] row : Lexicon.rows("/extract/class-nouns.tsv")) {
            types.put(row[1], EntityType.valueOf(row[0]));
        }
    }

    static ClassNouns load() {
        return new ClassNouns();
    }

    /** The class noun phrase ending at word {@code end - 1} of {@code words} (lower case), longest first. */
    Optional<Hit> endingAt(List<String> words, int end) {
        for (int length = Math.min(LONGEST, end); length >= 1; length--) {
            String phrase = String.join(" ", words.subList(end - length, end));
            EntityType type = types.get(phrase);
            if (type != null) {
                return Optional.of(new Hit(type, end - length, end));
            }
        }
        return Optional.empty();
    }

    /** The type of the last class noun among {@code words}, if any. */
    Optional<Hit> head(List<String> words) {
        for (int end = words.size(); end >= 1; end--) {
            Optional<Hit> hit = endingAt(words, end);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    boolean isClassNoun(String lowerWord) {
        return types.containsKey(lowerWord);
    }

    /** A class noun phrase found in a list of words: its type and its word range. */
    record Hit(EntityType type, int from, int to) {}
}

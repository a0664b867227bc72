package org.bilat.extract.text;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words that make up the titles of posts ("First Deputy Minister", "defence attaché"), read from a list. */
public final class RoleTitles {
    /** What part a word may play in a title. */
    public enum Kind {
        /** A post by itself; a title ends with one. */
        HEAD,
        /** A head whose "of" phrase names its field and stays in the title ("Minister of Finance"). */
        PORTFOLIO,
        /** A head whose "to" phrase names the host state and stays in the title ("Ambassador to Japan"). */
        ENVOY,
        /** A word that may stand before a head ("deputy", "defence"). */
        MODIFIER
    }

    private static final String RESOURCE = "/extract/titles.tsv";
    private final Map<String, Set<Kind>> kinds = new HashMap<>();

    private RoleTitles(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length != 2) {
                throw new IllegalStateException(RESOURCE + ": expected kind<TAB>word, got " + String.join("|", row));
            }
            Kind kind = Kind.valueOf(row[0].strip().toUpperCase(Locale.ROOT));
            kinds.computeIfAbsent(Lexicon.lower(row[1].strip()), w -> EnumSet.noneOf(Kind.class))
                    .add(kind);
        }
    }

    /** The bundled title list. */
    public static RoleTitles load() {
        return Holder.INSTANCE;
    }

    /** A title list from rows of {@code kind, word}. */
    public static RoleTitles of(List<String[]> rows) {
        return new RoleTitles(rows);
    }

    /** Whether {@code word} (any case) may play the part {@code kind} in a title. */
    public boolean is(Kind kind, String word) {
        return kinds.getOrDefault(Lexicon.lower(word), Set.of()).contains(kind);
    }

    /** Whether {@code word} may stand anywhere in a title. */
    public boolean isTitleWord(String word) {
        return is(Kind.HEAD, word) || is(Kind.MODIFIER, word);
    }

    private static final class Holder {
        static final RoleTitles INSTANCE = new RoleTitles(Lexicon.rows(RESOURCE));
    }
}

package org.bilat.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a name is a clipped short form of a longer one: each of its words is built from the first letters of the
 * long name's words ("Exim Bank" and "Borduria Eximbank" of "Export-Import Bank of Borduria"), or is the long name's
 * state written as its adjective ("Borduran Exim Bank"). At least one word must be such a clipped compound, and the
 * short form must keep the long name's head noun (the word before "of").
 */
final class ShortForms {
    private static final Set<String> LINKS = Set.of("of", "and", "the", "for", "on", "in", "s");
    private static final int SHORTEST_CLIP = 2;
    private static final int STEM = 4;

    private ShortForms() {}

    static boolean isShortFormOf(String shortName, String longName) {
        List<String> shortWords = words(shortName);
        List<String> longWords = words(longName);
        if (shortWords.isEmpty() || longWords.size() <= shortWords.size() - 1 || longWords.size() < 2) {
            return false;
        }
        int head = head(NameFolding.plain(longName), longWords);
        return new Search(shortWords, longWords, head).found();
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : NameFolding.plain(name).split(" ", -1)) {
            if (!w.isEmpty() && !LINKS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** The index among the content words of the last word before " of ", or of the last word. */
    private static int head(String plain, List<String> longWords) {
        int of = plain.indexOf(" of ");
        if (of < 0) {
            return longWords.size() - 1;
        }
        return words(plain.substring(0, of)).size() - 1;
    }

    /** A backtracking search that cuts each short word into clips, each the start of an unused long word. */
    private static final class Search {
        private final List<String> shortWords;
        private final List<String> longWords;
        private final int head;
        private final boolean[] used;

        Search(List<String> shortWords, List<String> longWords, int head) {
            this.shortWords = shortWords;
            this.longWords = longWords;
            this.head = head;
            this.used = new boolean[longWords.size()];
        }

        boolean found() {
            return head >= 0 && step(0, 0, 0, false);
        }

        private boolean step(int word, int at, int clips, boolean compound) {
            if (word == shortWords.size()) {
                return compound && used[head];
            }
            String w = shortWords.get(word);
            if (at == w.length()) {
                return step(word + 1, 0, 0, compound || clips >= 2);
            }
            for (int l = 0; l < longWords.size(); l++) {
                if (used[l]) {
                    continue;
                }
                String target = longWords.get(l);
                used[l] = true;
                if (at == 0 && sameStem(w, target) && step(word + 1, 0, 0, compound)) {
                    return true;
                }
                for (int end = at + SHORTEST_CLIP; end <= w.length(); end++) {
                    if (target.startsWith(w.substring(at, end)) && step(word, end, clips + 1, compound)) {
                        return true;
                    }
                }
                used[l] = false;
            }
            return false;
        }

        /** "borduran" and "borduria": a state's adjective and its name share their first letters. */
        private static boolean sameStem(String a, String b) {
            return a.length() >= STEM && b.length() >= STEM && a.regionMatches(0, b, 0, STEM) && !a.equals(b);
        }
    }
}

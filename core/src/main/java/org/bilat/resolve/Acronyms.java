package org.bilat.resolve;

import java.util.List;

/** Whether an acronym stands for a name: its letters are the initials of the name's words, in one of the usual ways. */
final class Acronyms {
    private Acronyms() {}

    static boolean expands(String acronym, String name) {
        if (Forms.isAcronym(name) || !name.contains(" ")) {
            return false;
        }
        String target = acronym.replaceAll("[^A-Za-zА-Яа-я]", "").toLowerCase(java.util.Locale.ROOT);
        List<String> content = Forms.contentWords(name);
        return target.equals(initials(content, 0))
                || target.equals(initials(content, 1))
                || target.equals(initialsAll(name));
    }

    private static String initials(List<String> words, int skipFirst) {
        StringBuilder out = new StringBuilder();
        for (int i = Math.min(skipFirst, words.size() - 1); i < words.size(); i++) {
            String plain = NameFolding.plain(words.get(i));
            if (!plain.isEmpty()) {
                out.append(plain.charAt(0));
            }
        }
        return out.toString();
    }

    private static String initialsAll(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split("[\\s\\u00a0-]+", -1)) {
            String plain = NameFolding.plain(w);
            if (!plain.isEmpty()) {
                out.append(plain.charAt(0));
            }
        }
        return out.toString();
    }
}

package org.bilat.extract;

import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/** Recognises lines set in capitals (section headings), whose words are capitalised without being names. */
final class Headings {
    private Headings() {}

    static boolean isHeading(AnnotatedText text, Token token) {
        String all = text.text();
        int from = all.lastIndexOf('\n', token.begin()) + 1;
        int to = all.indexOf('\n', token.end());
        String line = all.substring(from, to < 0 ? all.length() : to);
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            upper += Character.isUpperCase(c) ? 1 : 0;
            lower += Character.isLowerCase(c) ? 1 : 0;
        }
        return upper >= 12 && lower * 10 < upper;
    }
}

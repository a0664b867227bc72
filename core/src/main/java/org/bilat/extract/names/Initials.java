package org.bilat.extract.names;

import java.util.regex.Pattern;

/** The ways a person's initials are written before the rest of the name. */
final class Initials {
    private static final Pattern DOTTED = Pattern.compile("(\\p{Lu}\\.)+");
    private static final Pattern BARE = Pattern.compile("\\p{Lu}{1,2}");
    private static final Pattern GLUED_TO_SURNAME = Pattern.compile("(\\p{Lu}\\.)+\\p{Lu}\\p{Ll}+");

    private Initials() {}

    /** "J.", "A.B.". */
    static boolean isDotted(String word) {
        return DOTTED.matcher(word).matches();
    }

    /** "J", "AB": capitals without stops, which are initials only where a person's name follows. */
    static boolean isBare(String word) {
        return BARE.matcher(word).matches();
    }

    /** "K.Novak": initials and a surname written as one word. */
    static boolean isGluedToSurname(String word) {
        return GLUED_TO_SURNAME.matcher(word).matches();
    }
}

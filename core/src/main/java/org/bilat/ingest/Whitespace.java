package org.bilat.ingest;

import java.util.regex.Pattern;

/** Tidies extracted (never raw) text: Unix line ends, no trailing spaces, at most one blank line in a row. */
final class Whitespace {
    private static final Pattern TRAILING = Pattern.compile("[ \\t\\u00A0]+$", Pattern.MULTILINE);
    private static final Pattern BLANK_RUN = Pattern.compile("\\n{3,}");

    private Whitespace() {}

    static String tidy(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        s = TRAILING.matcher(s).replaceAll("");
        return BLANK_RUN.matcher(s).replaceAll("\n\n").strip();
    }
}

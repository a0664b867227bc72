package org.bilat.spark;

import java.util.regex.Pattern;

/** Tells a Hadoop URI (a scheme then a colon) from a plain local path. */
final class Locations {
    // two letters at least, so that a Windows drive letter is not taken for a scheme
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:.*");

    private Locations() {}

    static boolean remote(String location) {
        return SCHEME.matcher(location).matches();
    }

    /** The last part of a path or URI: the file name a document's record names. */
    static String fileName(String location) {
        String trimmed = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}

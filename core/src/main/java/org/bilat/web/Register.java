package org.bilat.web;

import java.util.Locale;

/** The registers analysts keep: one table each, built from stored events and relations. */
enum Register {
    AGREEMENTS("Agreements"),
    EXERCISES("Joint exercises"),
    PROJECTS("Joint projects"),
    PRODUCTS("Products and their producers"),
    VISITS("Visits");

    private final String title;

    Register(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    /** The name in URLs and file names: {@code agreements}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

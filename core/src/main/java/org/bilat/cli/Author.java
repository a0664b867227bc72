package org.bilat.cli;

import org.bilat.model.BilatException;
import org.bilat.store.Store;

/** Who makes judgements from this command line: {@code BILAT_USER}, else the data folder's {@code config user}. */
final class Author {
    static final String SETTING = "user";

    private Author() {}

    static String of(Store store) {
        String fromEnvironment = System.getenv("BILAT_USER");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        return store.setting(SETTING)
                .orElseThrow(() -> new BilatException("no author for judgements: set one with ./bilat config user NAME"
                        + " (once per data folder) or the BILAT_USER environment variable"));
    }
}

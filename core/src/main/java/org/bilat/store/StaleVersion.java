package org.bilat.store;

import org.bilat.model.BilatException;
import org.jspecify.annotations.Nullable;

/** A write that named the version of a fact or entity it read, which judgements made since have changed. */
public final class StaleVersion extends BilatException {
    private static final long serialVersionUID = 1L;

    StaleVersion(String message) {
        super(message);
    }

    /** Refuses the write when the version it read is given and is not the version now. */
    static void check(String what, @Nullable Integer read, int now) {
        if (read != null && read != now) {
            throw new StaleVersion(what + ": changed since it was read (version " + read + ", now " + now
                    + "); read it again and retry");
        }
    }
}

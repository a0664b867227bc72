package org.bilat.store;

import org.bilat.model.BilatException;

/**
 * The store's server dropped the connection and a new one cannot be opened: a batch stops here, since every further
 * document would fail the same way; what it stored before is whole.
 */
public final class StoreUnreachable extends BilatException {
    private static final long serialVersionUID = 1L;

    public StoreUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}

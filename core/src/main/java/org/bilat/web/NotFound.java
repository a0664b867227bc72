package org.bilat.web;

import org.bilat.model.BilatException;

/** A request for an id the knowledge base does not hold: answered with 404. */
final class NotFound extends BilatException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
        super(message);
    }

    NotFound(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.bilat.web;

/** A request refused before it reached a route (by whom it is addressed to, where it comes from, or what it writes). */
final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    Refused(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status to answer with. */
    int status() {
        return status;
    }
}

package org.bilat.eval;

/** A gold or predicted record that score.py would stop on; the scorer reports it with the file name. */
final class BadRecord extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRecord(String message) {
        super(message);
    }
}

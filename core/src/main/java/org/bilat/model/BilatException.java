package org.bilat.model;

/** A problem with the user's input; its message is the one line the user sees: {@code <where>: <what is wrong>}. */
public class BilatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BilatException(String message) {
        super(message);
    }

    public BilatException(String message, Throwable cause) {
        super(message, cause);
    }
}

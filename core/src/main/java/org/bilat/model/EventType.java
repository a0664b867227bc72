package org.bilat.model;

/** The kinds of happening SCHEMA.md codes, each with its CAMEO root. */
public enum EventType {
    MEET("04"),
    AGREE("05"),
    EXERCISE("06"),
    ESTABLISH("06"),
    DEVELOP("06"),
    TRANSFER("07"),
    FINANCE("07"),
    LAUNCH("06"),
    JOIN("05"),
    REDUCE("16"),
    CONFLICT("19");

    private final String cameoRoot;

    EventType(String cameoRoot) {
        this.cameoRoot = cameoRoot;
    }

    /** The two-digit CAMEO root code of this kind of event. */
    public String cameoRoot() {
        return cameoRoot;
    }
}

package org.bilat.brief;

import java.util.Locale;
import org.bilat.model.BilatException;

/** The formats a brief or a digest is written in. */
public enum BriefFormat {
    MD("text/markdown; charset=utf-8"),
    HTML("text/html; charset=utf-8"),
    PDF("application/pdf");

    private final String mediaType;

    BriefFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The format named {@code md}, {@code html} or {@code pdf}, ignoring case; anything else is an error. */
    public static BriefFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BilatException("format: unknown value '" + name + "'; use md, html or pdf", e);
        }
    }

    /** The HTTP content type. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}

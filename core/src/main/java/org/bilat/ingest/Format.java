package org.bilat.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file types Bilat reads, known by extension. */
enum Format {
    TXT("txt", "text/plain", "text file"),
    MD("md", "text/markdown", "Markdown file"),
    HTML("html", "text/html", "HTML page"),
    HTM("htm", "text/html", "HTML page"),
    PDF("pdf", "application/pdf", "PDF"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document");

    private final String extension;
    private final String mediaType;
    private final String label;

    Format(String extension, String mediaType, String label) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.label = label;
    }

    /** What to call the format in a message: "password-protected PDF". */
    String label() {
        return label;
    }

    /** Whether Tika's detected type is this format; a .docx may also be a macro-enabled or template Word file. */
    boolean accepts(String detectedType) {
        return detectedType.equals(mediaType)
                || (this == DOCX && (detectedType.contains("wordprocessingml") || detectedType.contains("ms-word")));
    }

    String extension() {
        return extension;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<Format> of(Path file) {
        String ext = extensionOf(file);
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
    }

    /** The lower-cased extension without the dot, or "" when the name has none. */
    static String extensionOf(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String supportedList() {
        return Arrays.stream(values()).map(f -> "." + f.extension).collect(Collectors.joining(", "));
    }
}

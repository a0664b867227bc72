package org.bilat.ingest;

import java.util.EnumMap;
import java.util.Map;

/** Which reader reads which format; one set of readers per {@link DocumentReader}, so one Tika parser each. */
final class FormatRegistry {
    private final Map<Format, FormatReader> readers = new EnumMap<>(Format.class);

    /** {@code maxChars} bounds the text the readers that stream (Tika's) build at all, so a zip bomb stops there. */
    FormatRegistry(long maxChars, long maxBytes) {
        FormatReader text = new PlainTextReader();
        FormatReader html = new HtmlReader();
        FormatReader tika = new TikaReader(maxChars, maxBytes);
        readers.put(Format.TXT, text);
        readers.put(Format.MD, text);
        readers.put(Format.HTML, html);
        readers.put(Format.HTM, html);
        readers.put(Format.PDF, tika);
        readers.put(Format.DOCX, tika);
    }

    FormatReader readerFor(Format format) {
        FormatReader reader = readers.get(format);
        if (reader == null) {
            throw new IllegalStateException("no reader for " + format);
        }
        return reader;
    }
}

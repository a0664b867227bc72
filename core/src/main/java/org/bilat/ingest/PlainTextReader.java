package org.bilat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.bilat.model.BilatException;

/**
 * Reads .txt and .md files as strict UTF-8 (or UTF-16, with or without a byte-order mark), exactly as they are: evidence offsets point into this text, so nothing is
 * normalised or trimmed.
 */
final class PlainTextReader implements FormatReader {
    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

    @Override
    public Extracted read(Path file, byte[] bytes) {
        Optional<Charset> utf16 = Utf16.of(bytes);
        String text;
        if (utf16.isPresent()) {
            text = decode(file, Utf16.withoutMark(bytes), utf16.get());
            ContentChecks.rejectBinary(file, text.getBytes(StandardCharsets.UTF_8));
        } else {
            rejectNonTextType(file, bytes);
            ContentChecks.rejectBinary(file, bytes);
            text = decode(file, bytes, StandardCharsets.UTF_8);
        }
        String mediaType = Format.of(file).orElse(Format.TXT).mediaType();
        return new Extracted(mediaType, text, Citation.NONE);
    }

    /** Magic bytes only, not the name: a PDF or ZIP renamed to .txt must not pass as text. */
    private void rejectNonTextType(Path file, byte[] bytes) {
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            type = mimeTypes.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory cannot fail
        }
        MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();
        boolean textual = type.getType().equals("text")
                || type.equals(MediaType.OCTET_STREAM)
                || registry.isSpecializationOf(type, MediaType.TEXT_PLAIN);
        if (!textual) {
            throw new BilatException(file + ": content is " + type + ", not text; give the file its proper extension");
        }
    }

    private static String decode(Path file, byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "UTF-16";
            throw new BilatException(
                    file + ": invalid " + name + " at byte " + in.position() + "; save the file as UTF-8");
        }
        return out.flip().toString();
    }
}

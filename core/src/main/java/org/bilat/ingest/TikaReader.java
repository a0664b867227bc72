package org.bilat.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.bilat.model.BilatException;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Reads .pdf and .docx files with Apache Tika. The parser is built on first use, as building it takes a while, and is
 * then shared: Tika's parsers are stateless and safe to call from several threads.
 */
final class TikaReader implements FormatReader {
    /** POI's own ceiling on an inflated part (4 GB). */
    private static final long MAX_ZIP_ENTRY = 0xFFFFFFFFL;

    private volatile @Nullable AutoDetectParser parser;
    private final int writeLimit;

    /** Tika stops writing text after {@code maxChars} characters (and one more, to tell "at" from "over"). */
    TikaReader(long maxChars, long maxBytes) {
        this.writeLimit = (int) Math.min(Integer.MAX_VALUE, maxChars + 1);
        boundZipEntries(maxChars, maxBytes);
    }

    /**
     * Tika holds the text of one run of a .docx whole before writing it, so the write limit cannot stop a single huge
     * run: POI's bound on an inflated part stops it first. Word's XML is rarely over ten times its text, so 32 times
     * the text limit lets any real document through; images are parts too, hence never less than the file limit. The
     * bound is POI's, one for the process.
     */
    private static void boundZipEntries(long maxChars, long maxBytes) {
        long bound = Math.max(maxBytes, Math.min(Long.MAX_VALUE / 32, maxChars) * 32);
        ZipSecureFile.setMaxEntrySize(Math.min(bound, MAX_ZIP_ENTRY));
    }

    @Override
    public Extracted read(Path file, byte[] bytes) {
        Format format = Format.of(file).orElseThrow(() -> new IllegalArgumentException("not a Tika format: " + file));
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(file.getFileName()));
        String text = parse(file, format, bytes, metadata);
        String mediaType = detectedType(metadata);
        if (!format.accepts(mediaType)) {
            throw new BilatException(file + ": content is " + mediaType + ", not " + format.label()
                    + "; give the file its proper extension");
        }
        if (format == Format.DOCX) {
            text = text.replace("\n", "\n\n"); // one line per paragraph: make each a block, as for HTML
        }
        return new Extracted(mediaType, Whitespace.tidy(text), TikaMetadata.from(metadata));
    }

    private String parse(Path file, Format format, byte[] bytes, Metadata metadata) {
        BodyContentHandler handler = new BodyContentHandler(writeLimit);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser().parse(in, handler, metadata, context());
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw ContentChecks.overLimit(file, writeLimit - 1L, e);
            }
            throw corrupt(file, format, e);
        } catch (EncryptedDocumentException e) {
            throw new BilatException(
                    file + ": password-protected " + format.label() + "; remove the password and retry", e);
        } catch (TikaException | IOException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw ContentChecks.overLimit(file, writeLimit - 1L, e);
            }
            // PDFBox and POI throw all kinds of runtime exceptions on broken files
            throw corrupt(file, format, e);
        }
        rejectOverlargePart(file, format, metadata);
        return handler.toString();
    }

    /** Tika notes POI's refusal of a part over the bound as a warning and goes on without its text. */
    private static void rejectOverlargePart(Path file, Format format, Metadata metadata) {
        for (String warning : metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING)) {
            if (warning.contains("Zip bomb detected")) {
                throw new BilatException(file + ": a part of the " + format.label() + " inflates to over "
                        + DocumentReader.humanSize(ZipSecureFile.getMaxEntrySize(), false)
                        + " (a zip bomb?); split it or raise --max-text");
            }
        }
    }

    private static BilatException corrupt(Path file, Format format, Exception e) {
        return new BilatException(file + ": corrupt or unreadable " + format.label() + " (" + reason(e) + ")", e);
    }

    private static ParseContext context() {
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true); // OCR is slow and not installed on most machines; scanned pages give no text
        OfficeParserConfig office = new OfficeParserConfig();
        // the default .docx reader builds the whole XML tree first, so a zip bomb fills the heap before any write
        // limit can stop it; the streaming one writes as it reads, and the write limit cuts it off
        office.setUseSAXDocxExtractor(true);
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, noOcr);
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    private AutoDetectParser parser() {
        AutoDetectParser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    p = new AutoDetectParser();
                    parser = p;
                }
            }
        }
        return p;
    }

    private static String detectedType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        MediaType parsed = type == null ? null : MediaType.parse(type);
        return parsed == null
                ? MediaType.OCTET_STREAM.toString()
                : parsed.getBaseType().toString();
    }

    /** The innermost cause's message, on one line, which says most about what is broken. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String text = message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
        return text.replaceAll("\\s+", " ").strip();
    }
}

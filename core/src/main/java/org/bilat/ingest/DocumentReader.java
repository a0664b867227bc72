package org.bilat.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bilat.model.BilatException;
import org.bilat.model.Document;

/** Reads .txt, .md, .html, .htm, .pdf and .docx files into {@link Document}s; safe to share between threads. */
public final class DocumentReader {
    public static final long DEFAULT_MAX_BYTES = Limits.DEFAULT.maxBytes();

    private final long maxBytes;
    private final long maxChars;
    private final FormatRegistry registry;

    private DocumentReader(Limits limits) {
        this.maxBytes = limits.maxBytes();
        this.maxChars = limits.maxChars();
        this.registry = new FormatRegistry(maxChars, maxBytes);
    }

    /** A reader that refuses files over {@code maxBytes} bytes, with the other limits at their defaults. */
    public static DocumentReader withMaxSize(long maxBytes) {
        if (maxBytes <= 0) {
            throw new BilatException("--max-size: must be more than 0 bytes, got " + maxBytes);
        }
        return new DocumentReader(Limits.DEFAULT.withMaxBytes(maxBytes));
    }

    /** A reader that refuses files over the limits' bytes and documents over their characters of text. */
    public static DocumentReader withLimits(Limits limits) {
        return new DocumentReader(limits);
    }

    /** Reads one file; throws BilatException with one line "PATH: what is wrong" for any bad input. */
    public Document read(Path file) {
        Format format = Format.of(file).orElseThrow(() -> unsupported(file));
        byte[] bytes = load(file);
        ContentChecks.rejectEmpty(file, bytes);
        Extracted extracted = registry.readerFor(format).read(file, bytes);
        ContentChecks.requireText(file, extracted.text());
        ContentChecks.requireWithin(file, extracted.text().length(), maxChars);
        boolean plain = format == Format.TXT || format == Format.MD;
        Citation citation = extracted.citation().orElse(TextMetadata.from(extracted.text(), plain));
        return new Document(
                String.valueOf(file.getFileName()),
                file.toString(),
                Document.hashOf(extracted.text()),
                extracted.mediaType(),
                extracted.text(),
                citation.title(),
                citation.author(),
                citation.publisher(),
                citation.published(),
                citation.dateSource());
    }

    /**
     * Files named stay as they are (reading them then reports e.g. an unsupported type); folders are walked recursively
     * and give their supported files, sorted; a path that does not exist is an error.
     */
    public static List<Path> expand(List<Path> paths) {
        return FileWalk.walk(paths).files();
    }

    /** As {@link #expand}, with a line for each entry a folder walk passed over and why. */
    public static Walk walk(List<Path> paths) {
        return FileWalk.walk(paths);
    }

    /** Whether the file's extension is one this reader reads. */
    public static boolean supported(Path file) {
        return Format.of(file).isPresent();
    }

    private byte[] load(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new BilatException(file + ": is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new BilatException(file + ": file is " + humanSize(size, true) + ", over the "
                        + humanSize(maxBytes, false) + " limit; use --max-size to raise it");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BilatException(file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new BilatException(file + ": cannot read the file (permission denied)", e);
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
            throw new BilatException(file + ": cannot read the file (" + reason + ")", e);
        } catch (IOException e) {
            throw new BilatException(file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private static BilatException unsupported(Path file) {
        String ext = Format.extensionOf(file);
        String type = ext.isEmpty() ? "(no extension)" : "." + ext;
        return new BilatException(file + ": unsupported file type " + type + "; supported: " + Format.supportedList());
    }

    /** A size for people: 61.2 MB, 50 MB, 12 KB; a file's size rounds up so that it never looks within the limit. */
    static String humanSize(long bytes, boolean roundUp) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        double tenths = roundUp ? Math.ceil(value * 10) : Math.round(value * 10);
        String s = String.format(Locale.ROOT, "%.1f", tenths / 10);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + " " + units[unit];
    }
}

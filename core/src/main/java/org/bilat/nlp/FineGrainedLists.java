package org.bilat.nlp;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bilat.model.BilatException;

/**
 * CoreNLP's fine-grained NER lists (TITLE, COUNTRY, CITY, NATIONALITY, ...), split in two. TokensRegexNER finds a
 * plain phrase by its first word, but tries an entry written as a regular expression ("Calif\.?", "N\.?Y\.?",
 * "gen\. of the air force") at every token of every sentence: those few hundred entries cost more than half of all
 * tagging time. The plain phrases go to TokensRegexNER in files of their own; {@link PatternedTags} matches the rest.
 * TokensRegexNER reads only files, so the plain phrases (about 18 MB) are written once per version of the lists and of
 * the split, into a folder named by their digest in the user's cache ({@code $XDG_CACHE_HOME/bilat} or
 * {@code ~/.cache/bilat}), and later starts reuse them.
 */
final class FineGrainedLists {
    private static final String FOLDER = "edu/stanford/nlp/models/kbp/english/gazetteers/";
    private static final String CASELESS = "regexner_caseless.tab";
    private static final String CASED = "regexner_cased.tab";
    private static final String CASELESS_OPTIONS = "ignorecase=true,validpospattern=(NN|JJ|ADD).*,";

    /** The mapping setting for TokensRegexNER over the plain phrases, and the matcher of the other entries. */
    record Split(String mapping, PatternedTags patterned) {}

    private FineGrainedLists() {}

    /** Splits both lists from the models on the class path; writes the plain phrases unless the cache has them. */
    static Split load() {
        return load(cacheRoot());
    }

    /** The same with the cache in {@code root}. */
    static Split load(Path root) {
        try {
            List<PatternedTags.Entry> patterned = new ArrayList<>();
            byte[] caseless = plainPart(CASELESS, true, patterned);
            byte[] cased = plainPart(CASED, false, patterned);
            Path folder = Files.createDirectories(root.resolve("ner-lists-" + digest(caseless, cased)));
            Path caselessFile = cached(folder, CASELESS, caseless);
            Path casedFile = cached(folder, CASED, cased);
            return new Split(CASELESS_OPTIONS + caselessFile + ";" + casedFile, new PatternedTags(patterned));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot split CoreNLP's fine-grained NER lists into " + root, e);
        }
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("bilat");
    }

    /** The plain lines of one list; its other entries go to {@code patterned}. */
    private static byte[] plainPart(String name, boolean caseless, List<PatternedTags.Entry> patterned)
            throws IOException {
        InputStream in = FineGrainedLists.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new BilatException("the CoreNLP models jar lacks " + FOLDER + name);
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream(1 << 24);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String pattern = line.substring(0, Math.max(0, line.indexOf('\t')));
                if (PhraseExpansion.isPlain(pattern)) {
                    plain.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
                } else {
                    patterned.add(PatternedTags.Entry.of(line.split("\t", -1), caseless));
                }
            }
        }
        return plain.toByteArray();
    }

    /** The file holding these bytes: the cached one, else written anew (whole or not at all). */
    private static Path cached(Path folder, String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        // a file stands under its name only whole (see the move below) and the folder names the content's digest
        if (Files.isRegularFile(file) && Files.size(file) == content.length) {
            return file;
        }
        Path partial = Files.createTempFile(folder, ".bilat-", ".part");
        Files.write(partial, content);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    private static String digest(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(part);
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

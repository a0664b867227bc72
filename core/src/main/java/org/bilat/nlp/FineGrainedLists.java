package org.bilat.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bilat.model.BilatException;

/**
 * CoreNLP's fine-grained NER lists (TITLE, COUNTRY, CITY, NATIONALITY, ...), split in two. TokensRegexNER finds a
 * plain phrase by its first word, but tries an entry written as a regular expression ("Calif\.?", "N\.?Y\.?",
 * "gen\. of the air force") at every token of every sentence: those few hundred entries cost more than half of all
 * tagging time. The plain phrases go to TokensRegexNER in files of their own; {@link PatternedTags} matches the rest.
 */
final class FineGrainedLists {
    private static final String FOLDER = "edu/stanford/nlp/models/kbp/english/gazetteers/";
    private static final String CASELESS = "regexner_caseless.tab";
    private static final String CASED = "regexner_cased.tab";
    private static final String CASELESS_OPTIONS = "ignorecase=true,validpospattern=(NN|JJ|ADD).*,";

    /** The mapping setting for TokensRegexNER over the plain phrases, and the matcher of the other entries. */
    record Split(String mapping, PatternedTags patterned) {}

    private FineGrainedLists() {}

    /** Reads both lists from the models on the class path and writes their plain phrases to temporary files. */
    static Split load() {
        try {
            Path folder = Files.createTempDirectory("bilat-ner-lists");
            folder.toFile().deleteOnExit();
            List<PatternedTags.Entry> patterned = new ArrayList<>();
            Path caseless = plainPart(CASELESS, folder, true, patterned);
            Path cased = plainPart(CASED, folder, false, patterned);
            return new Split(CASELESS_OPTIONS + caseless + ";" + cased, new PatternedTags(patterned));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot split CoreNLP's fine-grained NER lists", e);
        }
    }

    private static Path plainPart(String name, Path folder, boolean caseless, List<PatternedTags.Entry> patterned)
            throws IOException {
        Path plain = folder.resolve(name);
        plain.toFile().deleteOnExit();
        InputStream in = FineGrainedLists.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new BilatException("the CoreNLP models jar lacks " + FOLDER + name);
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            try (Writer out = Files.newBufferedWriter(plain, StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String pattern = line.substring(0, Math.max(0, line.indexOf('\t')));
                    if (PhraseExpansion.isPlain(pattern)) {
                        out.write(line);
                        out.write('\n');
                    } else {
                        patterned.add(PatternedTags.Entry.of(line.split("\t", -1), caseless));
                    }
                }
            }
        }
        return plain;
    }
}

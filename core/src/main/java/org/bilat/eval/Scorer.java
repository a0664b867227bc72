package org.bilat.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bilat.model.BilatException;
import org.jspecify.annotations.Nullable;

/** Scores extraction records against gold records exactly as ../shared/eval/score.py does. */
public final class Scorer {
    // Python's json module reads NaN and Infinity and refuses trailing data
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Scorer() {}

    /**
     * Scores every *.json in goldDir against the same-named file in predDir (missing = empty prediction).
     *
     * @param docsDir folder of the source documents, to check that evidence is an exact substring; null skips the check
     */
    public static Score score(Path goldDir, Path predDir, @Nullable Path docsDir) {
        return evaluate(goldDir, predDir, docsDir, false).score();
    }

    /**
     * Scores as {@link #score} does, and also per type and per document.
     *
     * @param levels also score the optional levels section, as score.py --levels does
     */
    public static Evaluation evaluate(Path goldDir, Path predDir, @Nullable Path docsDir, boolean levels) {
        Totals totals = new Totals();
        TypeScores types = new TypeScores();
        ErrorList errors = new ErrorList();
        for (String name : jsonNames(goldDir)) {
            JsonNode gold = read(goldDir.resolve(name));
            Path predPath = predDir.resolve(name);
            JsonNode pred = Files.exists(predPath) ? read(predPath) : JsonNodeFactory.instance.objectNode();
            try {
                DocumentMatch doc = DocumentMatch.of(name, gold, pred, levels);
                totals.add(doc, docsDir == null ? null : text(docsDir, gold, name));
                types.add(doc);
                errors.add(doc);
            } catch (BadRecord e) {
                throw new BilatException(name + ": " + e.getMessage() + "; fix the gold or predicted file", e);
            }
        }
        return new Evaluation(totals.score(docsDir != null, levels), types.table(), errors.text());
    }

    private static List<String> jsonNames(Path goldDir) {
        if (!Files.isDirectory(goldDir)) {
            throw new BilatException(goldDir + ": no such directory; give the folder of gold *.json files");
        }
        try (Stream<Path> files = Files.list(goldDir)) {
            return files.map(f -> String.valueOf(f.getFileName()))
                    .filter(n -> n.endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BilatException(goldDir + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    private static JsonNode read(Path file) {
        JsonNode node;
        try {
            node = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new BilatException(file + ": invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BilatException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new BilatException(file + ": not a JSON object; write one extraction record per file");
        }
        return node;
    }

    /** The document text as Python reads it (universal newlines), or null when the document is absent. */
    private static @Nullable String text(Path docsDir, JsonNode gold, String name) {
        JsonNode doc = gold.path("doc");
        if (!doc.isMissingNode() && !doc.isTextual()) {
            throw new BadRecord("\"doc\" must be a file name, not " + doc);
        }
        Path file = docsDir.resolve(doc.isTextual() ? doc.textValue() : name.substring(0, name.length() - 5));
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return Files.readString(file).replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw new BilatException(file + ": cannot read the document: " + e.getMessage(), e);
        }
    }
}

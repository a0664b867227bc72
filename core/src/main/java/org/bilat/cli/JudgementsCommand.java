package org.bilat.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bilat.model.BilatException;
import org.bilat.store.ImportedJudgements;
import org.bilat.store.Judgement;
import org.bilat.store.JudgementConflict;
import org.bilat.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bilat judgements export|import FILE.jsonl} and {@code orphans}: exchanging analysts' judgements. */
@Command(
        name = "judgements",
        description = "export FILE.jsonl writes every judgement; import FILE.jsonl adds another analyst's and lists"
                + " the facts you judged differently; orphans lists judgements whose fact is no longer extracted.")
final class JudgementsCommand extends Subcommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @SuppressWarnings("NullAway.Init") // picocli sets the required parameter before call()
    @Parameters(index = "0", paramLabel = "ACTION", description = "export, import or orphans.")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "The JSON Lines file.")
    Path file = Path.of("");

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (Store store = openExistingStore()) {
            switch (action) {
                case "export" -> export(store, out);
                case "import" -> load(store, out);
                case "orphans" -> orphans(store, out);
                default -> throw new BilatException(action + ": use export FILE, import FILE or orphans");
            }
        }
        out.flush();
        return 0;
    }

    private void export(Store store, PrintWriter out) {
        List<Judgement> judgements = store.judgements();
        StringBuilder lines = new StringBuilder();
        for (Judgement judgement : judgements) {
            try {
                lines.append(JSON.writeValueAsString(judgement)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a judgement as JSON", e);
            }
        }
        try {
            Files.writeString(checkedFile(), lines.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BilatException(file + ": cannot write: " + e.getMessage(), e);
        }
        out.println("wrote " + judgements.size() + " judgements to " + file);
    }

    private void load(Store store, PrintWriter out) {
        ImportedJudgements imported = store.importJudgements(read());
        out.println("imported " + imported.added() + " judgements from " + file + " (" + imported.known()
                + " already here)");
        for (JudgementConflict conflict : imported.conflicts()) {
            out.println("conflict: " + conflict.key() + FactLines.SEPARATOR + FactLines.quoted(conflict.quote()));
            conflict.sides().forEach(side -> out.println("  " + JudgementLines.line(side)));
        }
    }

    private static void orphans(Store store, PrintWriter out) {
        List<Judgement> orphans = store.orphanedJudgements();
        if (orphans.isEmpty()) {
            out.println("no orphaned judgements");
        }
        for (Judgement orphan : orphans) {
            out.println(orphan.key() + FactLines.SEPARATOR + "[" + orphan.source() + "] "
                    + FactLines.quoted(orphan.quote()) + FactLines.SEPARATOR + JudgementLines.line(orphan));
        }
    }

    private List<Judgement> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(checkedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BilatException(file + ": cannot read: " + e.getMessage(), e);
        }
        List<Judgement> judgements = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                judgements.add(judgement(lines.get(i), i + 1));
            }
        }
        return judgements;
    }

    private Judgement judgement(String line, int number) {
        try {
            Judgement judgement = JSON.readValue(line, Judgement.class);
            judgement.kind(); // a key of no known kind is refused here, before anything is stored
            return judgement;
        } catch (JsonProcessingException | RuntimeException e) {
            String why = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new BilatException(
                    file + ": line " + number + ": not a judgement: " + FactLines.oneLine(String.valueOf(why)), e);
        }
    }

    private Path checkedFile() {
        if (file.toString().isEmpty()) {
            throw new BilatException(action + ": name the JSON Lines file");
        }
        return file;
    }
}

package org.bilat.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilat.model.BilatException;
import org.bilat.store.Judgement;
import org.bilat.store.JudgementAction;
import org.bilat.store.ReviewItem;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bilat review}: the facts not yet reviewed, most useful first, one at a time; each answer is a line read from
 * standard input, so that it works at a terminal and from a file alike.
 */
@Command(
        name = "review",
        description = "Review unreviewed facts one by one (conflicts first, then facts about --entity, then facts"
                + " from one source). Answer each with a line: a (accept), r [REASON] (reject),"
                + " e FIELD=VALUE; FIELD=VALUE... (edit), n (next), q (quit). --list only lists them.")
final class ReviewCommand extends Subcommand {
    @Option(names = "--entity", paramLabel = "NAME-OR-ID", description = "Put facts about this entity first.")
    @Nullable
    String entity;

    @Option(names = "--list", description = "Only list the queue with the facts' keys; ask nothing.")
    boolean list;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        try (Store store = openExistingStore()) {
            List<ReviewItem> queue = store.reviewQueue(entity);
            if (queue.isEmpty()) {
                out.println("nothing to review");
            } else if (list) {
                queue.forEach(item -> out.println(item.key() + FactLines.SEPARATOR + describe(item)));
            } else {
                ask(store, queue, out);
            }
        }
        out.flush();
        return 0;
    }

    private static void ask(Store store, List<ReviewItem> queue, PrintWriter out) throws IOException {
        String author = Author.of(store);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int judged = 0;
        for (int i = 0; i < queue.size(); i++) {
            ReviewItem item = queue.get(i);
            out.println("[" + (i + 1) + "/" + queue.size() + "] " + item.key());
            out.println("  " + describe(item));
            out.print("  a accept · r [reason] reject · e field=value; ... edit · n next · q quit > ");
            out.flush();
            String answer = in.readLine();
            if (answer == null || answer.strip().equals("q")) {
                break;
            }
            Judgement judgement = null;
            try {
                judgement = answer(store, item, answer.strip(), author);
            } catch (BilatException e) {
                out.println("  error: " + e.getMessage() + "; left unreviewed");
            }
            if (judgement != null) {
                judged++;
                out.println("  " + JudgementLines.line(judgement));
            }
        }
        out.println("judged " + judged + " facts");
    }

    private static @Nullable Judgement answer(Store store, ReviewItem item, String answer, String author) {
        String rest = answer.length() > 1 ? answer.substring(1).strip() : "";
        String reason = rest.isEmpty() ? null : rest;
        return switch (answer.isEmpty() ? "n" : answer.substring(0, 1)) {
            case "a" -> store.judge(item.key(), JudgementAction.ACCEPT, Map.of(), author, reason);
            case "r" -> store.judge(item.key(), JudgementAction.REJECT, Map.of(), author, reason);
            case "e" -> store.judge(item.key(), JudgementAction.EDIT, fields(rest), author, null);
            case "n" -> null;
            default -> throw new BilatException(answer + ": not an answer; use a, r, e, n or q");
        };
    }

    /** "date=2016; summary=visit" as fields. */
    static Map<String, String> fields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : text.split(";", -1)) {
            int equals = pair.indexOf('=');
            if (pair.isBlank()) {
                continue;
            }
            if (equals < 0) {
                throw new BilatException(pair.strip() + ": not FIELD=VALUE");
            }
            fields.put(
                    pair.substring(0, equals).strip(),
                    pair.substring(equals + 1).strip());
        }
        return fields;
    }

    private static String describe(ReviewItem item) {
        String why = item.why().isEmpty() ? "" : " (" + item.why() + ")";
        return item.line() + FactLines.SEPARATOR + "[" + item.source() + "] " + FactLines.quoted(item.quote()) + why;
    }
}

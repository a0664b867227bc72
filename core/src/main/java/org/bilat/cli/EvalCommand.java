package org.bilat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.bilat.eval.Evaluation;
import org.bilat.eval.Scorer;
import org.bilat.pipeline.BatchReport;
import org.bilat.pipeline.BatchTarget;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bilat eval [SET]}: extracts a set of documents and scores the records against the set's gold records. */
@Command(
        name = "eval",
        description = "Extract every document of SET/docs and score the records against SET/gold"
                + " (default: ../shared/corpus against ../shared/eval/gold).")
final class EvalCommand extends Subcommand {
    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Parameters(arity = "0..1", paramLabel = "SET", description = "A folder holding docs/ and gold/.")
    @Nullable
    Path set;

    @Option(names = "--docs", paramLabel = "DIR", description = "The documents (default: SET/docs).")
    @Nullable
    Path docs;

    @Option(names = "--gold", paramLabel = "DIR", description = "The gold records (default: SET/gold).")
    @Nullable
    Path gold;

    @Option(names = "--pred", paramLabel = "DIR", description = "Score these records instead of extracting.")
    @Nullable
    Path pred;

    @Option(names = "--errors", description = "Also print P/R/F1 per type and, per document, every error.")
    boolean errors;

    @Option(names = "--levels", description = "Also score the optional levels section.")
    boolean levels;

    @Override
    public Integer call() throws IOException {
        Path docsDir = folder(docs, "docs", "../shared/corpus");
        Path goldDir = folder(gold, "gold", "../shared/eval/gold");
        PrintWriter err = err();
        for (Path dir : pred == null ? List.of(docsDir, goldDir) : List.of(docsDir, goldDir, pred)) {
            if (!Files.isDirectory(dir)) {
                err.println("error: " + dir + ": no such folder");
                err.flush();
                return ExitCode.USAGE;
            }
        }
        Path given = pred;
        if (given != null) {
            return print(goldDir, given, docsDir, ExitCode.OK);
        }
        return extractAndScore(docsDir, goldDir);
    }

    private int extractAndScore(Path docsDir, Path goldDir) throws IOException {
        Path predicted = Files.createTempDirectory("bilat-eval");
        try {
            Inputs inputs = Inputs.of(List.of(docsDir));
            BatchTarget target = BatchTarget.jsonFiles(predicted);
            PrintWriter err = err();
            BatchReport report = Batch.run("eval", inputs, target, limitOptions.limits(spec), err, debug());
            return print(goldDir, predicted, docsDir, Batch.exitCode(inputs, report));
        } finally {
            delete(predicted);
        }
    }

    private int print(Path goldDir, Path predDir, Path docsDir, int exitCode) {
        Evaluation evaluation = Scorer.evaluate(goldDir, predDir, docsDir, levels);
        PrintWriter out = out();
        out.print(evaluation.score().table());
        if (errors) {
            out.print("\n" + evaluation.typeTables() + "\n" + evaluation.errors());
        }
        out.flush();
        return exitCode;
    }

    /** The option's folder, else the set's sub-folder, else the sample corpus's beside the checkout. */
    private Path folder(@Nullable Path option, String inSet, String fallback) {
        if (option != null) {
            return option;
        }
        Path setDir = set;
        return setDir != null
                ? setDir.resolve(inSet)
                : BilatCommand.home().resolve(fallback).normalize();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

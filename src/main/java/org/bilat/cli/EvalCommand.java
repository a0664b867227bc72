package org.bilat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.bilat.eval.Scorer;
import org.bilat.ingest.DocumentReader;
import org.bilat.pipeline.BatchReport;
import org.bilat.pipeline.BatchTarget;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bilat eval}: extracts the sample corpus and scores it against the gold records. */
@Command(name = "eval", description = "Extract every document in --docs and score the records against --gold.")
final class EvalCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // picocli injects the parent before call()
    @ParentCommand
    BilatCommand root;

    @SuppressWarnings("NullAway.Init") // picocli injects the spec before call()
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "DIR", description = "The documents (default: ../shared/corpus).")
    @Nullable
    Path docs;

    @Option(names = "--gold", paramLabel = "DIR", description = "The gold records (default: ../shared/eval/gold).")
    @Nullable
    Path gold;

    @Override
    public Integer call() throws IOException {
        Path docsDir = docs != null
                ? docs
                : BilatCommand.home().resolve("../shared/corpus").normalize();
        Path goldDir = gold != null
                ? gold
                : BilatCommand.home().resolve("../shared/eval/gold").normalize();
        PrintWriter err = spec.commandLine().getErr();
        for (Path dir : List.of(docsDir, goldDir)) {
            if (!Files.isDirectory(dir)) {
                err.println("error: " + dir + ": no such folder");
                err.flush();
                return ExitCode.USAGE;
            }
        }
        Path predicted = Files.createTempDirectory("bilat-eval");
        try {
            Inputs inputs = Inputs.of(List.of(docsDir));
            BatchTarget target = BatchTarget.jsonFiles(predicted);
            BatchReport report = Batch.run("eval", inputs, target, DocumentReader.DEFAULT_MAX_BYTES, err, root.debug);
            PrintWriter out = spec.commandLine().getOut();
            out.print(Scorer.score(goldDir, predicted, docsDir).table());
            out.flush();
            return Batch.exitCode(inputs, report);
        } finally {
            delete(predicted);
        }
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

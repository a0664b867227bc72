package org.bilat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilat.ingest.Limits;
import org.bilat.pipeline.BatchReport;
import org.bilat.pipeline.BatchTarget;
import org.bilat.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bilat ingest PATH...}: reads files and folders into the knowledge base, one transaction per document. */
@Command(
        name = "ingest",
        description = "Read files and folders (.txt .md .html .htm .pdf .docx) into the knowledge base."
                + " Content already stored is skipped.")
final class IngestCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // picocli injects the parent before call()
    @ParentCommand
    BilatCommand root;

    @SuppressWarnings("NullAway.Init") // picocli injects the spec before call()
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, or folders to read recursively.")
    List<Path> paths = List.of();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() {
        Limits limits = limitOptions.limits(spec);
        Inputs inputs = Inputs.of(paths);
        try (Store store = root.openStore()) {
            PrintWriter err = spec.commandLine().getErr();
            Batch.catchUpIndex(store, root.data, err);
            BatchReport report =
                    Batch.run("ingest", inputs, BatchTarget.indexed(store, root.data), limits, err, root.debug);
            PrintWriter out = spec.commandLine().getOut();
            out.println(Batch.summary(inputs, report));
            out.flush();
            return Batch.exitCode(inputs, report);
        }
    }
}

package org.bilat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.bilat.ingest.Limits;
import org.bilat.pipeline.BatchReport;
import org.bilat.pipeline.BatchTarget;
import org.bilat.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code bilat ingest PATH...}: reads files and folders into the knowledge base, one transaction per document. */
@Command(
        name = "ingest",
        description = "Read files and folders (.txt .md .html .htm .pdf .docx) into the knowledge base."
                + " Content already stored is skipped.")
final class IngestCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, or folders to read recursively.")
    List<Path> paths = List.of();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() {
        Limits limits = limitOptions.limits(spec);
        Inputs inputs = Inputs.of(paths);
        try (Store store = openStore()) {
            PrintWriter err = err();
            Batch.catchUpIndex(store, data(), err);
            BatchReport report = Batch.run("ingest", inputs, BatchTarget.indexed(store, data()), limits, err, debug());
            PrintWriter out = out();
            out.println(Batch.summary(inputs, report));
            out.flush();
            return Batch.exitCode(inputs, report);
        }
    }
}

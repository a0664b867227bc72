package org.bilat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.bilat.ingest.Limits;
import org.bilat.pipeline.BatchReport;
import org.bilat.pipeline.BatchTarget;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bilat extract FILE... --json}: extraction records without the knowledge base. */
@Command(
        name = "extract",
        description = "Print one extraction record (SCHEMA.md) per file as JSON, in input order,"
                + " or write them to --out. Nothing is stored.")
final class ExtractCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, or folders to read recursively.")
    List<Path> paths = List.of();

    @Option(names = "--json", required = true, description = "Write extraction records as JSON (the only format).")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/<file name>.json (a.txt -> a.txt.json).")
    @Nullable
    Path outDir;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() {
        Limits limits = limitOptions.limits(spec);
        Inputs inputs = Inputs.of(paths);
        PrintWriter out = out();
        PrintWriter err = err();
        Path dir = outDir;
        BatchTarget target = dir == null ? BatchTarget.jsonStream(out) : BatchTarget.jsonFiles(dir);
        // records on a terminal's stdout would be torn by a bar on its stderr
        BatchReport report = Batch.run(dir == null ? null : "extract", inputs, target, limits, err, debug());
        if (dir != null) {
            out.println("extracted " + report.ingested() + ", failed " + report.failed() + " into " + dir);
            out.flush();
        }
        return Batch.exitCode(inputs, report);
    }
}

package org.bilat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.bilat.export.ExportFormat;
import org.bilat.export.Exports;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code bilat export}: the knowledge base in a format other tools read. */
@Command(
        name = "export",
        description = "Export the knowledge base: jsonl (schema records, loadable with bilat import), ftm"
                + " (FollowTheMoney for Aleph), graphml (entity graph), csv (registers, figures, events),"
                + " events-tsv (CAMEO-coded event table).")
final class ExportCommand extends Subcommand {
    @SuppressWarnings("NullAway.Init") // picocli sets a required option before call()
    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "jsonl, ftm, graphml, csv" + " or events-tsv.")
    String format;

    @Option(
            names = "--out",
            paramLabel = "FILE|DIR",
            description = "Where to write: a file, or a folder (a file named after the format is made in it; csv"
                    + " writes one file per table into it, default bilat-csv). Default: standard output.")
    @Nullable
    Path out;

    @Override
    public Integer call() {
        ExportFormat chosen = ExportFormat.parse(format)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "--format: unknown format '" + format + "'; use one of " + ExportFormat.keys()));
        PrintWriter stdout = out();
        Exports.Written written;
        try (Store store = openExistingStore()) {
            written = Exports.export(store, chosen, out, stdout);
        }
        if (out != null || chosen.folder()) {
            stdout.println("wrote " + written.records() + " " + chosen.key() + " records to " + written.target());
            stdout.flush();
        }
        return 0;
    }
}

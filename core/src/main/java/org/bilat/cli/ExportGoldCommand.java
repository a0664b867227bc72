package org.bilat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bilat.model.BilatException;
import org.bilat.model.Extraction;
import org.bilat.pipeline.BatchTarget;
import org.bilat.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bilat export-gold DIR}: the analysts' reviewed state of each document as evaluation data. */
@Command(
        name = "export-gold",
        description = "Write each stored document's reviewed state as one extraction record (../shared/eval/SCHEMA.md,"
                + " named as extract --json names its files: a.txt → a.txt.json), rejected facts left out and"
                + " edited ones as edited, to score the machine against: python3 ../shared/eval/score.py DIR PRED.")
final class ExportGoldCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // picocli injects the parent before call()
    @ParentCommand
    BilatCommand root;

    @SuppressWarnings("NullAway.Init") // picocli injects the spec before call()
    @Spec
    CommandSpec spec;

    @SuppressWarnings("NullAway.Init") // picocli sets a required parameter before call()
    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to write the records into.")
    Path dir;

    @Override
    public Integer call() {
        List<Extraction> records;
        try (Store store = root.openExistingStore()) {
            records = store.goldRecords();
        }
        checkNamesDiffer(records);
        BatchTarget target = BatchTarget.jsonFiles(dir);
        records.forEach(target::write);
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + records.size() + " gold records to " + dir);
        out.flush();
        return 0;
    }

    /** Two stored documents of one file name would write one file: refused before anything is written. */
    private static void checkNamesDiffer(List<Extraction> records) {
        Set<String> names = new HashSet<>();
        for (Extraction record : records) {
            if (!names.add(record.document().source())) {
                throw new BilatException(record.document().path() + ": another stored document is also named "
                        + record.document().source() + "; its gold record would replace that one's");
            }
        }
    }
}

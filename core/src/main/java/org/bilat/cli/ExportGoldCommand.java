package org.bilat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bilat.model.BilatException;
import org.bilat.model.Extraction;
import org.bilat.pipeline.BatchTarget;
import org.bilat.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bilat export-gold DIR}: the analysts' reviewed state of each document as evaluation data. */
@Command(
        name = "export-gold",
        description = "Write each stored document's reviewed state as one extraction record (../shared/eval/SCHEMA.md,"
                + " named as extract --json names its files: a.txt → a.txt.json), rejected facts left out and"
                + " edited ones as edited, to score the machine against: python3 ../shared/eval/score.py DIR PRED.")
final class ExportGoldCommand extends Subcommand {
    @SuppressWarnings("NullAway.Init") // picocli sets a required parameter before call()
    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to write the records into.")
    Path dir;

    @Override
    public Integer call() {
        List<Extraction> records;
        try (Store store = openExistingStore()) {
            records = store.goldRecords();
        }
        checkNamesDiffer(records);
        BatchTarget target = BatchTarget.jsonFiles(dir);
        records.forEach(target::write);
        PrintWriter out = out();
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

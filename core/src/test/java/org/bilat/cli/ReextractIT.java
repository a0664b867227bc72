package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilat.store.FactKind;
import org.bilat.store.FigureFilter;
import org.bilat.store.FigureRow;
import org.bilat.store.Judgement;
import org.bilat.store.JudgementAction;
import org.bilat.store.ReviewItem;
import org.bilat.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reextract with the real models over a store whose facts were built by hand: every judgement lasts. */
class ReextractIT {
    @TempDir
    Path dir;

    @Test
    void reextractionReplacesTheMachinesFactsAndKeepsEveryJudgementAppliedOrOrphaned() {
        Path data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            store.save(FactCommandsIT.first());
            store.save(FactCommandsIT.second());
            for (ReviewItem item : store.reviewQueue(null)) {
                store.judge(item.key(), JudgementAction.REJECT, Map.of(), "ana", "checking reextract");
            }
        }
        int judged;
        try (Store store = Store.open(data)) {
            judged = store.judgements().size();
        }

        Run run = Run.bilat("reextract", "--data", data.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.outLines())
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("re-extracted 2, failed 0; judged facts orphaned: "));
        try (Store store = Store.open(data)) {
            List<Judgement> judgements = store.judgements();
            Set<String> orphaned =
                    store.orphanedJudgements().stream().map(Judgement::key).collect(Collectors.toSet());
            Set<String> shownQuotes = store.figures(FigureFilter.all()).stream()
                    .map(FigureRow::evidence)
                    .map(e -> e.quote())
                    .collect(Collectors.toSet());
            assertThat(judgements).hasSize(judged);
            for (Judgement judgement : judgements) {
                if (judgement.kind() == FactKind.FIGURE && !orphaned.contains(judgement.key())) {
                    assertThat(shownQuotes).as(judgement.key()).doesNotContain(judgement.quote());
                }
            }
        }
    }
}

package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bilat.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config user, review, judge, revert, history and judgements over hand-built extractions (no models). */
class JudgementCommandsIT {
    @TempDir
    Path dir;

    private String data = "";

    @BeforeEach
    void fillTheKnowledgeBase() {
        data = dir.resolve("data").toString();
        try (Store store = Store.open(Path.of(data))) {
            store.save(FactCommandsIT.first());
            store.save(FactCommandsIT.second());
        }
    }

    private String keyOf(String lineStart) {
        return Run.bilat("review", "--list", "--data", data).outLines().stream()
                .filter(line -> line.substring(line.indexOf(" · ") + 3).startsWith(lineStart))
                .map(line -> line.substring(0, line.indexOf(" · ")))
                .findFirst()
                .orElseThrow();
    }

    private static Run withInput(String input, String... args) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return Run.bilat(args);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aJudgementNeedsAnAuthorSetOncePerDataFolder() {
        String key = keyOf("2,770,000,000".replace(",", ""));
        Run run = Run.bilat("judge", "accept", key, "--data", data);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("error: no author for judgements: set one with ./bilat config user NAME (once per data"
                        + " folder) or the BILAT_USER environment variable\n");
        assertThat(Run.bilat("config", "user", "ana", "--data", data).out()).isEqualTo("user: ana\n");
        assertThat(Run.bilat("judge", "accept", key, "--data", data).code()).isZero();
    }

    @Test
    void rejectedAndEditedFactsShowInTheReadsAndHistoryListsEveryJudgement() {
        Run.bilat("config", "user", "ana", "--data", data);
        String deficit = keyOf("2770000000 USD");
        String develop = keyOf("2014 · DEVELOP");

        Run reject = Run.bilat("judge", "reject", deficit, "--reason", "a forecast", "--data", data);
        Run edit = Run.bilat("judge", "edit", develop, "--set", "date=2013", "--data", data);

        assertThat(reject.err()).isEmpty();
        assertThat(Run.bilat("figures", "--data", data).out()).doesNotContain("2,770,000,000");
        assertThat(edit.err()).isEmpty();
        assertThat(Run.bilat("timeline", "--data", data).outLines())
                .first()
                .isEqualTo("2013 · DEVELOP · Ruritania · Falcon-3 development began · [first.txt] ✎");
        assertThat(Run.bilat("figures", "--show-rejected", "--data", data).out())
                .contains("2,770,000,000 USD · deficit · Ruritania, Borduria · 2018 · [first.txt] \"the deficit of"
                        + " Ruritania with Borduria was USD 2.77 billion\" ✗");
        String id = reject.out().substring(reject.out().lastIndexOf("id ") + 3).strip();
        assertThat(Run.bilat("revert", id, "--data", data).code()).isZero();
        assertThat(Run.bilat("figures", "--data", data).out()).contains("2,770,000,000");
        assertThat(Run.bilat("history", deficit, "--data", data).outLines())
                .hasSize(3)
                .satisfies(lines -> {
                    assertThat(lines.get(1))
                            .contains(
                                    " · ana · reject · status: unreviewed → rejected" + " · \"a forecast\" · id " + id);
                    assertThat(lines.get(2)).contains(" · ana · revert " + id + " · status: rejected → unreviewed");
                });
    }

    @Test
    void reviewReadsItsAnswersFromStandardInput() {
        Run.bilat("config", "user", "ana", "--data", data);
        int queued = Run.bilat("review", "--list", "--data", data).outLines().size();

        Run run = withInput("a\nr not said\ne colour=red\nn\nq\n", "review", "--data", data);

        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("[1/" + queued + "]", "  error: colour: not a field of a")
                .endsWith("judged 2 facts\n");
        assertThat(Run.bilat("review", "--list", "--data", data).outLines()).hasSize(queued - 2);
    }

    @Test
    void judgementsExportedFromOneStoreLoadIntoAnotherAndDisagreementsAreListed() {
        String other = dir.resolve("other").toString();
        try (Store store = Store.open(Path.of(other))) {
            store.save(FactCommandsIT.first());
        }
        Run.bilat("config", "user", "ana", "--data", data);
        Run.bilat("config", "user", "bo", "--data", other);
        String deficit = keyOf("2770000000 USD");
        Run.bilat("judge", "reject", deficit, "--data", data);
        Run.bilat("judge", "accept", deficit, "--data", other);
        String file = dir.resolve("ana.jsonl").toString();

        assertThat(Run.bilat("judgements", "export", file, "--data", data).out())
                .isEqualTo("wrote 1 judgements to " + file + "\n");
        Run imported = Run.bilat("judgements", "import", file, "--data", other);

        assertThat(imported.outLines()).first().isEqualTo("imported 1 judgements from " + file + " (0 already here)");
        assertThat(imported.outLines().get(1)).startsWith("conflict: " + deficit + " · ");
        assertThat(imported.outLines()).hasSize(4);
    }

    @Test
    void anEntityMergeShowsOnOnePageItsHistoryNamesItAndItsRevertSplitsItAgain() {
        Run.bilat("config", "user", "ana", "--data", data);

        Run merge = Run.bilat("entity", "merge", "ruritania", "--with", "Strelsau", "--reason", "one", "--data", data);

        assertThat(merge.err()).isEmpty();
        assertThat(merge.out()).contains("merge · merged: (none) → Strelsau [strelsau] into Ruritania [ruritania]");
        assertThat(Run.bilat("show", "strelsau", "--data", data).outLines())
                .first()
                .isEqualTo("Ruritania (GPE, id ruritania)");
        Run history = Run.bilat("history", "Strelsau", "--data", data);
        assertThat(history.outLines()).first().isEqualTo("Ruritania (GPE, id ruritania)");
        assertThat(history.outLines()).hasSize(2);
        String id = merge.out().substring(merge.out().lastIndexOf("id ") + 3).strip();
        assertThat(Run.bilat("revert", id, "--data", data).code()).isZero();
        assertThat(Run.bilat("show", "strelsau", "--data", data).outLines())
                .first()
                .isEqualTo("Strelsau (GPE, id strelsau)");
    }

    @Test
    void aRelationAddedByHandFromAQuoteShowsOnItsEntitysPageMarkedAdded() {
        Run.bilat("config", "user", "ana", "--data", data);
        String words = "Borduria and Ruritania also signed a customs accord";
        int at;
        try (Store store = Store.open(Path.of(data))) {
            String second = store.documents().stream()
                    .filter(d -> d.source().equals("second.txt"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            at = store.text(second).orElseThrow().indexOf(words);
        }
        String span = "relation:second.txt:" + at + "-" + (at + words.length());

        Run add = Run.bilat(
                "judge",
                "add",
                span,
                "--set",
                "type=partner",
                "--set",
                "subject=Borduria",
                "--set",
                "object=Ruritania",
                "--set",
                "title=customs accord",
                "--data",
                data);
        Run noEnd =
                Run.bilat("judge", "add", span, "--set", "type=partner", "--set", "subject=Borduria", "--data", data);

        assertThat(add.err()).isEmpty();
        assertThat(add.out()).contains(":PARTNER:" + at + "-").contains("#hand");
        assertThat(Run.bilat("show", "Borduria", "--data", data).outLines())
                .contains("  PARTNER → Ruritania (customs accord) · [second.txt] ✚");
        assertThat(noEnd.code()).isEqualTo(1);
        assertThat(noEnd.err()).isEqualTo("error: object: required for a relation added by hand\n");
    }

    @Test
    void aBadEntityJudgementIsOneLine() {
        Run.bilat("config", "user", "ana", "--data", data);

        Run run = Run.bilat("entity", "fuse", "ruritania", "--data", data);
        Run type = Run.bilat("entity", "retype", "ruritania", "--type", "planet", "--data", data);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: fuse: not an entity judgement; use rename, retype, merge or split\n");
        assertThat(type.err()).isEqualTo("error: --type: 'planet' is not an entity type\n");
    }
}

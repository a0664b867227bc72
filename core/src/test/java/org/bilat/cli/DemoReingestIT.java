package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bilat.store.EventReport;
import org.bilat.store.FactKind;
import org.bilat.store.FigureFilter;
import org.bilat.store.FigureRow;
import org.bilat.store.Judgement;
import org.bilat.store.JudgementAction;
import org.bilat.store.ReviewItem;
import org.bilat.store.Store;
import org.bilat.store.TimelineFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The re-ingest test over the demo dossier, with the real models loaded once: twenty facts judged (accepted,
 * rejected, edited), two documents changed and ingested again, everything re-extracted; every judgement is then
 * still applied to its fact (found by key or by quote) or listed as orphaned with its quote, none dropped.
 */
class DemoReingestIT {
    private static final String POLONEZ = "02-polonez-rocket-system.txt";
    private static final String TRADE = "07-trade-and-loans.txt";
    private static final int JUDGED = 20;

    @TempDir
    Path dir;

    /** A fact as the reads show it now, found by its document's file name and its first passage. */
    private record Shown(String review, String value) {}

    @Test
    void everyJudgementOutlivesChangedDocumentsAndReextractionAppliedOrOrphaned() throws IOException {
        Path docs = copyDemo();
        Path data = dir.resolve("data");
        assertThat(Run.bilat("ingest", docs.toString(), "--data", data.toString())
                        .code())
                .isZero();
        Map<String, Judgement> judged = judgeTwenty(data);
        Judgement removed = judged.values().stream()
                .filter(j -> j.source().equals(TRADE) && j.quote().length() > 20)
                .findFirst()
                .orElseThrow();

        prepend(docs.resolve(POLONEZ), "An editor's note added in this version moves every offset.\n\n");
        replace(docs.resolve(TRADE), removed.quote(), "This sentence replaced the one an analyst judged.");
        Run reingest = Run.bilat(
                "ingest", docs.resolve(POLONEZ).toString(), docs.resolve(TRADE).toString(), "--data", data.toString());
        assertThat(reingest.code()).as(reingest.err()).isZero();
        Run reextract = Run.bilat("reextract", "--data", data.toString());
        assertThat(reextract.code()).as(reextract.err()).isZero();

        try (Store store = Store.open(data)) {
            assertThat(store.judgements()).hasSize(JUDGED);
            Map<String, Judgement> orphaned =
                    store.orphanedJudgements().stream().collect(Collectors.toMap(Judgement::key, j -> j));
            Map<String, List<Shown>> shown = shown(store);
            int appliedInChanged = 0;
            for (Judgement judgement : judged.values()) {
                List<Shown> now = shown.getOrDefault(judgement.source() + "\t" + judgement.quote(), List.of());
                if (orphaned.containsKey(judgement.key())) {
                    assertThat(orphaned.get(judgement.key()).quote()).isEqualTo(judgement.quote());
                    continue;
                }
                String value = judgement.action() == JudgementAction.EDIT
                        ? judgement.after().values().iterator().next()
                        : null;
                // one passage may state two facts (keys KEY and KEY#2): the judged one is among them
                assertThat(now).as("applied or orphaned: " + judgement.key()).anySatisfy(fact -> {
                    assertThat(fact.review()).isEqualTo(review(judgement));
                    if (value != null) {
                        assertThat(fact.value()).isEqualTo(value);
                    }
                });
                appliedInChanged += judgement.source().equals(POLONEZ) ? 1 : 0;
            }
            assertThat(orphaned).containsKey(removed.key());
            assertThat(appliedInChanged)
                    .as("judgements applied in the changed Polonez document")
                    .isPositive();
        }
    }

    private Path copyDemo() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        try (Stream<Path> files = Files.list(Path.of("demo"))) {
            for (Path file : files.toList()) {
                Files.copy(file, docs.resolve(file.getFileName().toString()));
            }
        }
        return docs;
    }

    /** Twenty events and figures, those of the two documents that will change first, judged in turn three ways. */
    private static Map<String, Judgement> judgeTwenty(Path data) {
        Map<String, Judgement> judged = new LinkedHashMap<>();
        try (Store store = Store.open(data)) {
            List<ReviewItem> queue = new ArrayList<>(store.reviewQueue(null).stream()
                    .filter(item -> item.kind() != FactKind.RELATION)
                    .toList());
            queue.sort(Comparator.comparing(item -> !Set.of(POLONEZ, TRADE).contains(item.source())));
            for (ReviewItem item : queue.subList(0, JUDGED)) {
                Judgement judgement = switch (judged.size() % 3) {
                    case 0 -> store.judge(item.key(), JudgementAction.ACCEPT, Map.of(), "ana", null);
                    case 1 -> store.judge(item.key(), JudgementAction.REJECT, Map.of(), "ana", "checking re-ingest");
                    default -> store.judge(item.key(), JudgementAction.EDIT, edit(item), "ana", null);
                };
                judged.put(item.key(), judgement);
            }
        }
        return judged;
    }

    private static Map<String, String> edit(ReviewItem item) {
        return item.kind() == FactKind.EVENT
                ? Map.of(
                        "summary",
                        ("edited by ana: "
                                        + item.quote()
                                                .substring(
                                                        0,
                                                        Math.min(
                                                                30, item.quote().length())))
                                .strip())
                : Map.of("value", "4242");
    }

    private static String review(Judgement judgement) {
        return switch (judgement.action()) {
            case ACCEPT -> "accepted";
            case REJECT -> "rejected";
            case EDIT -> "edited";
            default -> throw new IllegalStateException(judgement.action().name());
        };
    }

    /** Every event account and figure, rejected ones too, by file name and first passage. */
    private static Map<String, List<Shown>> shown(Store store) {
        Map<String, List<Shown>> shown = new HashMap<>();
        for (var happening : store.timeline(TimelineFilter.all().showingRejected(true))) {
            for (EventReport report : happening.reports()) {
                String quote = report.evidence().get(0).quote();
                shown.computeIfAbsent(report.source() + "\t" + quote, k -> new ArrayList<>())
                        .add(new Shown(report.review(), report.summary()));
            }
        }
        for (FigureRow figure : store.figures(FigureFilter.all().showingRejected(true))) {
            String value = new java.math.BigDecimal(figure.value())
                    .stripTrailingZeros()
                    .toPlainString();
            shown.computeIfAbsent(figure.source() + "\t" + figure.evidence().quote(), k -> new ArrayList<>())
                    .add(new Shown(figure.review(), value));
        }
        return shown;
    }

    private static void prepend(Path file, String text) throws IOException {
        Files.writeString(file, text + Files.readString(file, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static void replace(Path file, String quote, String by) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(quote);
        Files.writeString(file, text.replace(quote, by), StandardCharsets.UTF_8);
    }
}

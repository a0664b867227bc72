package org.bilat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bilat.store.LadderStep;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code bilat ladder [STATE] [STATE]}: how pairs of states labelled their relationship over time. */
@Command(
        name = "ladder",
        description = "Show the partnership ladder: per pair of states, each level step over time"
                + " (date · label · rank · formal or informal · source and quote); every pair when none is named.")
final class LadderCommand extends Subcommand {
    @Parameters(
            arity = "0..2",
            paramLabel = "STATE",
            description = "A state by name, alias or id: one gives its pairs, two give their pair.")
    List<String> states = new ArrayList<>();

    @Mixin
    AsOfOptions asOf = new AsOfOptions();

    @Override
    public Integer call() {
        if (states.size() > 2) {
            throw new ParameterException(spec.commandLine(), "ladder: at most two states, got " + states.size());
        }
        List<LadderStep> steps;
        try (Store store = openExistingStore()) {
            steps = store.ladder(state(0), state(1), asOf.cut(spec));
        }
        PrintWriter out = out();
        if (steps.isEmpty()) {
            out.println(
                    states.isEmpty() ? "no level steps stored" : "no level steps for " + String.join(" and ", states));
        }
        Map<String, List<LadderStep>> pairs = new LinkedHashMap<>();
        steps.forEach(step ->
                pairs.computeIfAbsent(step.pair(), k -> new ArrayList<>()).add(step));
        pairs.values().forEach(pair -> print(out, pair));
        out.flush();
        return 0;
    }

    private @Nullable String state(int i) {
        return states.size() > i ? states.get(i) : null;
    }

    private static void print(PrintWriter out, List<LadderStep> pair) {
        LadderStep first = pair.get(0);
        out.println(first.a().name() + " – " + first.b().name());
        pair.forEach(step -> out.println("  " + line(step)));
    }

    /** "2013 · comprehensive strategic partnership · rank 5 · formal · [source] "quote"". */
    static String line(LadderStep step) {
        return Objects.requireNonNullElse(step.date(), "undated")
                + FactLines.SEPARATOR
                + step.label()
                + FactLines.SEPARATOR
                + "rank " + step.rank()
                + FactLines.SEPARATOR
                + (step.formal() ? "formal" : "informal")
                + FactLines.SEPARATOR
                + FactLines.sources(List.of(step.passage().source()))
                + " "
                + FactLines.quoted(step.passage().evidence().quote());
    }
}

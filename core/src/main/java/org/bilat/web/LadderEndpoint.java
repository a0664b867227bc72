package org.bilat.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilat.store.AsOf;
import org.bilat.store.EntityRef;
import org.bilat.store.LadderStep;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;

/** {@code /api/ladder}: the partnership ladder per pair of states, of two states, one state's pairs, or every pair. */
final class LadderEndpoint {
    private final Store store;

    LadderEndpoint(Store store) {
        this.store = store;
    }

    void ladder(Context ctx) {
        String a = Params.entity(ctx, store, "a");
        String b = Params.entity(ctx, store, "b");
        AsOf asOf = Params.asOf(ctx);
        List<LadderStep> steps = a == null ? store.ladder(b, null, asOf) : store.ladder(a, b, asOf);
        Map<String, List<LadderStep>> pairs = new LinkedHashMap<>();
        steps.forEach(step ->
                pairs.computeIfAbsent(step.pair(), k -> new ArrayList<>()).add(step));
        ctx.json(new LadderView(pairs.values().stream().map(PairView::of).toList()));
    }

    record LadderView(List<PairView> pairs) {}

    /** One pair of states and its steps, dated ones in order and undated ones last. */
    record PairView(EntityRef a, EntityRef b, List<StepView> steps) {
        static PairView of(List<LadderStep> steps) {
            LadderStep first = steps.get(0);
            return new PairView(
                    first.a(), first.b(), steps.stream().map(StepView::of).toList());
        }
    }

    /** One step: the label as written, its rung, when it was declared, and the passage that states it. */
    record StepView(
            @Nullable String date,
            String label,
            int rank,
            boolean formal,
            String quote,
            String documentId,
            String source,
            int start,
            int end) {
        static StepView of(LadderStep step) {
            return new StepView(
                    step.date(),
                    step.label(),
                    step.rank(),
                    step.formal(),
                    step.passage().evidence().quote(),
                    step.passage().documentId(),
                    step.passage().source(),
                    step.passage().evidence().start(),
                    step.passage().evidence().end());
        }
    }
}

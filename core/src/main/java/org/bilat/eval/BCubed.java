package org.bilat.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** B-cubed precision, recall and F1 of predicted id clusters against gold id clusters. */
final class BCubed {
    private BCubed() {}

    /** Scores (gold id, predicted id) items, one per matched entity; ids compare as {@link PyJson#key} values. */
    static Prf of(List<Map.Entry<Object, Object>> items) {
        if (items.isEmpty()) {
            return new Prf(0.0, 0.0, 0.0);
        }
        Map<Object, Integer> perGold = new HashMap<>();
        Map<Object, Integer> perPred = new HashMap<>();
        Map<Map.Entry<Object, Object>, Integer> perPair = new HashMap<>();
        for (Map.Entry<Object, Object> item : items) {
            perGold.merge(item.getKey(), 1, Integer::sum);
            perPred.merge(item.getValue(), 1, Integer::sum);
            perPair.merge(item, 1, Integer::sum);
        }
        double precision = 0.0;
        double recall = 0.0;
        for (Map.Entry<Object, Object> item : items) {
            double together = perPair.getOrDefault(item, 0);
            precision += together / perPred.getOrDefault(item.getValue(), 1);
            recall += together / perGold.getOrDefault(item.getKey(), 1);
        }
        return Prf.of(precision / items.size(), recall / items.size());
    }
}

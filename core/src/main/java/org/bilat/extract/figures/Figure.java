package org.bilat.extract.figures;

import java.util.List;

/**
 * A figure as read from tokens {@code first..last} (inclusive: a currency before the number, the number or a range of
 * two, the unit after it), before its measure, subjects and evidence are found.
 *
 * @param number index of the first token of the number itself
 * @param values the values in {@code unit}; two for a range ("10-20 percent")
 * @param countedFirst first token of what a count counts ("armoured personnel carriers"), or -1
 * @param countedLast last token of what a count counts, or -1
 */
record Figure(int first, int last, int number, List<Double> values, String unit, int countedFirst, int countedLast) {
    Figure {
        values = List.copyOf(values);
    }

    static Figure of(int first, int last, int number, List<Double> values, String unit) {
        return new Figure(first, last, number, values, unit, -1, -1);
    }

    boolean isCount() {
        return countedFirst >= 0;
    }
}

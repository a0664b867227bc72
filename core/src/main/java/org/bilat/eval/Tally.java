package org.bilat.eval;

/** Running counts of one section: predicted and gold records, and those of each that matched. */
final class Tally {
    private int tpPred;
    private int tpGold;
    private int pred;
    private int gold;

    void add(int predicted, int goldCount, int matched) {
        add(predicted, goldCount, matched, matched);
    }

    /** Adds counts where matched predictions and matched gold records differ, as per-type counts do. */
    void add(int predicted, int goldCount, int matchedPred, int matchedGold) {
        pred += predicted;
        gold += goldCount;
        tpPred += matchedPred;
        tpGold += matchedGold;
    }

    int matched() {
        return tpPred;
    }

    int matchedGold() {
        return tpGold;
    }

    Prf prf() {
        double p = pred != 0 ? (double) tpPred / pred : 0.0;
        double r = gold != 0 ? (double) tpGold / gold : 0.0;
        return Prf.of(p, r);
    }

    Counts counts() {
        return new Counts(gold, pred);
    }
}

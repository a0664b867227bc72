package org.bilat.eval;

/** Running counts of one section: predicted and gold records, and those of each that matched. */
final class Tally {
    private int tpPred;
    private int tpGold;
    private int pred;
    private int gold;

    void add(int predicted, int goldCount, int matched) {
        pred += predicted;
        gold += goldCount;
        tpPred += matched;
        tpGold += matched;
    }

    int matched() {
        return tpPred;
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

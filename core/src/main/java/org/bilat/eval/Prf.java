package org.bilat.eval;

/** Precision, recall and F1 of one section of a score. */
public record Prf(double p, double r, double f1) {
    static Prf of(double p, double r) {
        return new Prf(p, r, p + r != 0 ? 2 * p * r / (p + r) : 0.0);
    }
}

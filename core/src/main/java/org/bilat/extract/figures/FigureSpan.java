package org.bilat.extract.figures;

/** Tokens {@code first..last} (inclusive) of a sentence that a figure's measure or evidence covers. */
record FigureSpan(int first, int last) {}

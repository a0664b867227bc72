package org.bilat.eval;

/** A predicted record matched to a gold record of the same section, by their positions in the document's lists. */
record Link(int pred, int gold) {}

package org.bilat.extract;

import java.util.List;

/** Where a {@link RelationPattern} matched: the mentions it took, in pattern order, and its tokens (inclusive). */
record RelationMatch(List<Occurrence> captures, int first, int last) {}

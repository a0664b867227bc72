package org.bilat.extract.relations;

import java.util.List;
import org.bilat.extract.text.Occurrence;

/** Where a {@link RelationPattern} matched: the mentions it took, in pattern order, and its tokens (inclusive). */
record RelationMatch(List<Occurrence> captures, int first, int last) {}

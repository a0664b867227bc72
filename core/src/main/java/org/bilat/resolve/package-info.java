/**
 * Identity: which mentions of a document name one thing, the stable id of that thing, and whether two things told by
 * different documents are the same.
 */
@NullMarked
package org.bilat.resolve;

import org.jspecify.annotations.NullMarked;

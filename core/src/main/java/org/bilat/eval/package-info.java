/** Scoring extraction records against gold records, as ../shared/eval/score.py does. */
@NullMarked
package org.bilat.eval;

import org.jspecify.annotations.NullMarked;

package org.bilat.extract.levels;

import java.util.Objects;
import org.bilat.nlp.Token;

/**
 * A noun phrase of the text that names a relationship level.
 *
 * @param head the head noun ("partnership", "brothers", "ally")
 * @param first index of the label's first token (its leftmost modifier, or the head)
 * @param label the label as written, quotation marks left out
 * @param rank its rung on the ladder
 */
record LevelPhrase(Token head, int first, String label, int rank) {
    LevelPhrase {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(label, "label");
    }
}

package org.bilat.nlp;

/** Hears how far the tagging and parsing of one text has come, e.g. to show it on a progress bar. */
@FunctionalInterface
public interface SentenceProgress {
    /** Nobody listens. */
    SentenceProgress NONE = (done, total) -> {};

    /** {@code done} of the text's {@code total} sentences are tagged and parsed; called from the annotating thread. */
    void sentencesDone(int done, int total);
}

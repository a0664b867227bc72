package org.bilat.store;

/** A step of saving a document, where tests make the save fail to prove the transaction leaves nothing behind. */
@FunctionalInterface
interface Checkpoint {
    Checkpoint NONE = step -> {};

    void reached(String step);
}

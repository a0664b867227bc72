package org.bilat.spark;

import org.bilat.model.Extraction;
import org.bilat.pipeline.BatchTarget;

/** The target of a job run with {@code --no-load}: takes every extraction and keeps none (the records are in --out). */
final class Discarded implements BatchTarget {
    @Override
    public boolean contains(String contentHash) {
        return false;
    }

    @Override
    public boolean write(Extraction extraction) {
        return true;
    }
}

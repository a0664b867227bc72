package org.bilat.search;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.LockObtainFailedException;
import org.bilat.model.BilatException;

/** The one-line messages of the index's input and output failures, each naming the index folder. */
final class IndexFailures {
    private IndexFailures() {}

    static BilatException reading(Path folder, IOException e) {
        return new BilatException(folder + ": cannot read the search index: " + oneLine(e), e);
    }

    static BilatException writing(Path folder, IOException e) {
        if (e instanceof LockObtainFailedException) {
            return new BilatException(
                    folder + ": the search index is in use by another bilat process; retry when it ends", e);
        }
        return new BilatException(folder + ": cannot write the search index: " + oneLine(e), e);
    }

    private static String oneLine(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

package org.bilat.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.bilat.store.DocumentRow;
import org.bilat.store.Store;

/**
 * The content already in the target store, sent to every executor so that it skips those documents before their NLP,
 * as {@code bilat ingest} does: the stored documents' ids, which are the first 16 hex digits of their content hash, as
 * a sorted array of numbers (8 bytes a document: a million documents are 8 MB).
 */
final class StoredContent implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int ID_DIGITS = 16;
    private static final Pattern HEX_ID = Pattern.compile("[0-9a-fA-F]{16}");
    private final long[] ids;

    private StoredContent(long[] ids) {
        this.ids = ids;
    }

    /** Nothing stored: every document is extracted. */
    static StoredContent none() {
        return new StoredContent(new long[0]);
    }

    /** What the store holds now. */
    static StoredContent of(Store store) {
        long[] ids = store.documents().stream()
                .map(DocumentRow::id)
                .filter(id -> HEX_ID.matcher(id).matches())
                .mapToLong(id -> Long.parseUnsignedLong(id, 16))
                .sorted()
                .toArray();
        return new StoredContent(ids);
    }

    /** Whether a document with this content hash (SHA-256, hex) is stored. */
    boolean contains(String contentHash) {
        if (contentHash.length() < ID_DIGITS
                || !HEX_ID.matcher(contentHash.substring(0, ID_DIGITS)).matches()) {
            return false;
        }
        return Arrays.binarySearch(ids, Long.parseUnsignedLong(contentHash.substring(0, ID_DIGITS), 16)) >= 0;
    }
}

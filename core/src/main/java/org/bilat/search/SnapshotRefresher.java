package org.bilat.search;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;

/**
 * Hands the current snapshot to searching threads and swaps in a new one after a commit, closing the old one when
 * its last search ends (Lucene's reference counting, as its {@code SearcherManager} does for a bare searcher).
 */
final class SnapshotRefresher extends ReferenceManager<ReaderSnapshot> {
    private final Directory directory;

    SnapshotRefresher(Directory directory) throws IOException {
        this.directory = directory;
        this.current = ReaderSnapshot.of(DirectoryReader.open(directory));
    }

    /** Opens the newest commit if the folder holds a newer one than the current snapshot's, waiting for it. */
    void refreshIfBehind() throws IOException {
        ReaderSnapshot snapshot = current;
        long newest = SegmentInfos.getLastCommitGeneration(directory.listAll());
        if (snapshot != null && newest != snapshot.generation) {
            maybeRefreshBlocking();
        }
    }

    @Override
    protected void decRef(ReaderSnapshot snapshot) throws IOException {
        snapshot.reader.decRef();
    }

    @Override
    protected @Nullable ReaderSnapshot refreshIfNeeded(ReaderSnapshot snapshot) throws IOException {
        DirectoryReader newer = DirectoryReader.openIfChanged(snapshot.reader);
        return newer == null ? null : ReaderSnapshot.of(newer);
    }

    @Override
    protected boolean tryIncRef(ReaderSnapshot snapshot) {
        return snapshot.reader.tryIncRef();
    }

    @Override
    protected int getRefCount(ReaderSnapshot snapshot) {
        return snapshot.reader.getRefCount();
    }
}

package org.bilat.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * One commit of the index opened for searching, with what is costly to build and can be shared by all threads until
 * the next commit: the searcher, the facets' ordinals and the highlighter's settings.
 */
final class ReaderSnapshot {
    final DirectoryReader reader;
    final IndexSearcher searcher;

    /** The generation of the commit, to compare with the newest one in the folder. */
    final long generation;

    /** Null when no record has been indexed, as the facet state needs at least one. */
    final @Nullable SortedSetDocValuesReaderState facets;

    /** The highlighter's settings, from which each search makes its own highlighter. */
    final UnifiedHighlighter.Builder highlighting;

    private ReaderSnapshot(DirectoryReader reader) throws IOException {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.generation = reader.getIndexCommit().getGeneration();
        this.facets = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, Fields.FACETS_CONFIG) : null;
        this.highlighting = SnippetHighlighter.settings(searcher);
    }

    /** Takes over the reader: closes it when the snapshot cannot be made. */
    static ReaderSnapshot of(DirectoryReader reader) throws IOException {
        try {
            return new ReaderSnapshot(reader);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static boolean hasFacets(DirectoryReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) {
                return true;
            }
        }
        return false;
    }
}

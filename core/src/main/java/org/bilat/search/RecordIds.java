package org.bilat.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/** Reads which records of one kind an index holds, by their ids. */
final class RecordIds {
    private RecordIds() {}

    static Set<String> of(Directory directory, SearchKind kind) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery query = new TermQuery(new Term(Fields.KIND, kind.label()));
            TopDocs hits = searcher.search(query, Math.max(1, reader.maxDoc()));
            Set<String> ids = new HashSet<>();
            for (ScoreDoc hit : hits.scoreDocs) {
                Document stored = searcher.storedFields().document(hit.doc, Set.of(Fields.ID));
                ids.add(stored.get(Fields.ID));
            }
            return ids;
        }
    }
}

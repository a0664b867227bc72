package org.bilat.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * Finds the snippets of one page of hits: the best passage of each hit's text, or of its title when only the title
 * matched; the start of the text when nothing matched. Prefix matches are marked like whole words.
 *
 * <p>Made for one search from the settings its snapshot shares, as it reads the texts from the documents the search
 * has already loaded instead of loading them again (a stored document is decompressed whole on each load).
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    /** The whole text is considered, not only its first 10,000 characters (the highlighter's default). */
    private static final int MAX_LENGTH = Integer.MAX_VALUE - 1;

    private final Map<Integer, Document> loaded;

    SnippetHighlighter(Builder settings, int[] docIds, Document[] documents) {
        super(settings);
        this.loaded = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            loaded.put(docIds[i], documents[i]);
        }
    }

    /** The settings every search on the searcher shares. */
    static Builder settings(IndexSearcher searcher) {
        return builder(searcher, FoldingAnalyzer.STEMMED)
                .withFormatter(new SnippetFormatter())
                .withScorer(new PassageRanker())
                .withBreakIterator(SnippetHighlighter::passages)
                .withMaxLength(MAX_LENGTH);
    }

    /**
     * The snippets of the documents, in their order; without words, each text's start. Titles are highlighted only
     * for the documents whose text did not match (or is empty), as each field costs a look into the index per
     * document.
     */
    List<List<SnippetPart>> snippets(@Nullable Query words, int[] docIds) throws IOException {
        Query query = words == null ? new MatchAllDocsQuery() : words;
        Snippet[] snippets = highlight(Fields.TEXT, query, docIds);
        int[] unmatched = IntStream.range(0, docIds.length)
                .filter(i -> words == null ? snippets[i].parts().isEmpty() : !snippets[i].hasMatch())
                .toArray();
        Snippet[] titles = highlight(
                Fields.TITLE,
                query,
                Arrays.stream(unmatched).map(i -> docIds[i]).toArray());
        for (int j = 0; j < unmatched.length; j++) {
            if (titles[j].hasMatch() || snippets[unmatched[j]].parts().isEmpty()) {
                snippets[unmatched[j]] = titles[j];
            }
        }
        return Arrays.stream(snippets).map(Snippet::parts).toList();
    }

    private Snippet[] highlight(String field, Query query, int[] docIds) throws IOException {
        if (docIds.length == 0) {
            return new Snippet[0];
        }
        Object[] formatted = Objects.requireNonNull(
                highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {1})
                        .get(field),
                field);
        return Arrays.stream(formatted).map(SnippetHighlighter::snippet).toArray(Snippet[]::new);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            Document document = Objects.requireNonNull(loaded.get(doc), "not loaded");
            CharSequence[] row = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                row[i] = Objects.requireNonNullElse(document.get(fields[i]), "");
            }
            values.add(row);
        }
        return values;
    }

    /**
     * Offsets come from the postings for prefix matches too: with weight matches (the default) the prefix's terms are
     * looked up in the index, where the stock choice would analyse the whole text again for them.
     */
    @Override
    protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
        OffsetSource source = super.getOptimizedOffsetSource(components);
        return source == OffsetSource.ANALYSIS ? OffsetSource.POSTINGS : source;
    }

    private static Snippet snippet(@Nullable Object formatted) {
        return formatted instanceof Snippet snippet ? snippet : Snippet.NONE;
    }

    /** Sentences, joined or split to come closest to the snippet's length, the match in the middle. */
    private static BreakIterator passages() {
        return LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(Locale.ROOT), SnippetFormatter.MAX_CHARS, 0.5f);
    }
}

package org.bilat.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's distinct matched terms, passages near the start preferred),
 * counted without the hash table the stock scorer allocates for every passage it considers: a passage holds few
 * matches, so comparing them pairwise is cheaper.
 */
final class PassageRanker extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        BytesRef[] terms = passage.getMatchTerms();
        int matches = passage.getNumMatches();
        float score = 0;
        for (int i = 0; i < matches; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int inPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    inPassage++;
                }
            }
            score += tf(inPassage, passage.getLength()) * weight(contentLength, passage.getMatchTermFreqsInDoc()[i]);
        }
        return score * norm(passage.getStartOffset());
    }

    private static boolean seenBefore(BytesRef[] terms, int index) {
        for (int i = 0; i < index; i++) {
            if (terms[i].bytesEquals(terms[index])) {
                return true;
            }
        }
        return false;
    }
}

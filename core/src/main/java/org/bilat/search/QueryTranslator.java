package org.bilat.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.bilat.model.BilatException;
import org.jspecify.annotations.Nullable;

/**
 * Turns the words a user typed into a Lucene query without reading any of them as syntax.
 *
 * <p>Every word must match (title or text), except common English words such as "the" and "of", which only add to
 * the score: adding a word narrows the hits the way people expect from a search box, while a stray "of" does not
 * empty them. Words in double quotes must match as a phrase. The last word typed also matches as a prefix, so hits
 * come while typing. A match in the title weighs {@value #TITLE_BOOST} times a match in the text.
 */
final class QueryTranslator {
    static final float TITLE_BOOST = 3f;
    static final int MAX_WORDS = 64;

    /** A one-letter prefix matches a large part of the vocabulary and says little about what is wanted. */
    private static final int MIN_PREFIX = 2;

    private static final CharArraySet OPTIONAL = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final EnglishMinimalStemmer STEMMER = new EnglishMinimalStemmer();

    private QueryTranslator() {}

    /** The query for the text, or null when it holds no word. */
    static @Nullable Query translate(String text) {
        String[] pieces = text.split("\"", -1);
        List<List<String>> parts = new ArrayList<>();
        int words = 0;
        for (int i = 0; i < pieces.length; i++) {
            // an unclosed quote runs to the end
            List<String> tokens = tokens(isPhrase(i) ? FoldingAnalyzer.STEMMED : FoldingAnalyzer.UNSTEMMED, pieces[i]);
            parts.add(tokens);
            words += tokens.size();
        }
        if (words > MAX_WORDS) {
            throw new BilatException("q: too many words (" + words + "); use at most " + MAX_WORDS);
        }
        return words == 0 ? null : combine(parts);
    }

    private static Query combine(List<List<String>> parts) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int last = lastLoosePart(parts);
        for (int i = 0; i < parts.size(); i++) {
            List<String> tokens = parts.get(i);
            if (isPhrase(i)) {
                if (!tokens.isEmpty()) {
                    query.add(phrase(tokens), Occur.MUST);
                }
                continue;
            }
            for (int j = 0; j < tokens.size(); j++) {
                String word = tokens.get(j);
                Occur occur = OPTIONAL.contains(word) ? Occur.SHOULD : Occur.MUST;
                query.add(word(word, i == last && j == tokens.size() - 1), occur);
            }
        }
        return query.build();
    }

    /** The index of the part that holds the last word typed, or -1 when the text ends with a phrase. */
    private static int lastLoosePart(List<List<String>> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (!parts.get(i).isEmpty()) {
                return isPhrase(i) ? -1 : i;
            }
        }
        return -1;
    }

    /** Pieces of the text split at double quotes alternate: loose words, then a phrase, then loose words... */
    private static boolean isPhrase(int piece) {
        return piece % 2 != 0;
    }

    private static Query word(String folded, boolean typing) {
        return either(stem(folded), typing && folded.length() >= MIN_PREFIX ? folded : null);
    }

    /** Matches the stem in the title or the text, or the prefix when given. */
    private static Query either(String stem, @Nullable String prefix) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, stem)), TITLE_BOOST), Occur.SHOULD);
        either.add(new TermQuery(new Term(Fields.TEXT, stem)), Occur.SHOULD);
        if (prefix != null) {
            either.add(new BoostQuery(new PrefixQuery(new Term(Fields.TITLE, prefix)), TITLE_BOOST), Occur.SHOULD);
            either.add(new PrefixQuery(new Term(Fields.TEXT, prefix)), Occur.SHOULD);
        }
        return either.build();
    }

    private static Query phrase(List<String> stems) {
        if (stems.size() == 1) {
            return either(stems.get(0), null);
        }
        String[] terms = stems.toArray(String[]::new);
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(new BoostQuery(new PhraseQuery(Fields.TITLE, terms), TITLE_BOOST), Occur.SHOULD);
        either.add(new PhraseQuery(Fields.TEXT, terms), Occur.SHOULD);
        return either.build();
    }

    private static String stem(String folded) {
        char[] chars = folded.toCharArray();
        return new String(chars, 0, STEMMER.stem(chars, chars.length));
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0) {
                    tokens.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            // analysing a String reads no file
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}

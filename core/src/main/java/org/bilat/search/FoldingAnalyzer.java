package org.bilat.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words as the index keeps them: Unicode word breaks (a colon breaks words too), possessives dropped, lower case, diacritics folded
 * (Lukašenka = lukasenka), and with {@link #STEMMED} plurals made singular (exercises = exercise).
 */
final class FoldingAnalyzer extends Analyzer {
    /** The analyzer of the index and of whole query words. */
    static final FoldingAnalyzer STEMMED = new FoldingAnalyzer(true);

    /** For the word being typed: a prefix of "exercises" is not a prefix of the stem "exercise". */
    static final FoldingAnalyzer UNSTEMMED = new FoldingAnalyzer(false);

    /** Unicode lets a colon join letters ("title:Polonez" is one word); here it separates words. */
    private static final NormalizeCharMap COLON = colon();

    private final boolean stem;

    private FoldingAnalyzer(boolean stem) {
        this.stem = stem;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream words = new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
        return new TokenStreamComponents(source, stem ? new EnglishMinimalStemFilter(words) : words);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(COLON, reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static NormalizeCharMap colon() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add(":", " ");
        return map.build();
    }
}

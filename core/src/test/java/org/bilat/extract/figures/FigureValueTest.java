package org.bilat.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.bilat.nlp.Token;
import org.junit.jupiter.api.Test;

class FigureValueTest {
    @Test
    void readsDigitsWithThousandsCommasAndDecimals() {
        assertThat(NumberWords.digits("1,250,000")).hasValue(1_250_000);
        assertThat(NumberWords.digits("3.14")).hasValue(3.14);
        assertThat(NumberWords.digits("26")).hasValue(26);
        assertThat(NumberWords.digits("5bn")).hasValue(5e9);
        assertThat(NumberWords.digits("12,5")).hasValue(12.5);
        assertThat(NumberWords.digits("1.200.000")).hasValue(1_200_000);
        assertThat(NumberWords.digits("1.200")).hasValue(1.2);
    }

    @Test
    void tellsMalformedDigitsFromWords() {
        assertThat(NumberWords.digits("1,2,3")).isEmpty();
        assertThat(NumberWords.isMalformed("1,2,3")).isTrue();
        assertThat(NumberWords.isMalformed("12,5")).isFalse();
        assertThat(NumberWords.isMalformed("1,2,3,4")).isTrue();
        assertThat(NumberWords.isMalformed("units")).isFalse();
        assertThat(NumberWords.isMalformed("1,250")).isFalse();
    }

    @Test
    void readsNumberWordsHyphenatedOrNot() {
        assertThat(NumberWords.word("Eight")).hasValue(8);
        assertThat(NumberWords.word("twenty-five")).hasValue(25);
        assertThat(NumberWords.word("twenty-eleven")).isEmpty();
        assertThat(NumberWords.word("several")).isEmpty();
    }

    @Test
    void knowsScaleWordsAndTheirShortForms() {
        assertThat(NumberWords.scale("billion")).isEqualTo(1e9);
        assertThat(NumberWords.scale("mln")).isEqualTo(1e6);
        assertThat(NumberWords.scale("bn")).isEqualTo(1e9);
        assertThat(NumberWords.scale("thousands")).isZero();
        assertThat(NumberWords.moneyDigits("5m")).hasValue(5e6);
        assertThat(NumberWords.scale("mln.")).isEqualTo(1e6);
        assertThat(NumberWords.scale("thsd")).isEqualTo(1e3);
        assertThat(NumberWords.scale("crore")).isEqualTo(1e7);
        assertThat(NumberWords.scale("lakh")).isEqualTo(1e5);
    }

    @Test
    void readsMultiplesWrittenWithFold() {
        assertThat(NumberWords.fold("threefold")).hasValue(3);
        assertThat(NumberWords.fold("140-fold")).hasValue(140);
        assertThat(NumberWords.fold("manifold")).isEmpty();
    }

    @Test
    void readsDigitsFollowedByScaleWords() {
        assertThat(read("6.5/CD thousand/CD new/JJ jobs/NNS")).contains(new NumberSpan(0, 1, 6500));
        assertThat(read("3.14/CD billion/CD")).contains(new NumberSpan(0, 1, 3.14e9));
    }

    @Test
    void readsADozenAndComposedNumberWords() {
        assertThat(read("a/DT dozen/NN companies/NNS")).contains(new NumberSpan(0, 1, 12));
        assertThat(read("two/CD hundred/CD and/CC fifty/CD tanks/NNS")).contains(new NumberSpan(0, 3, 250));
        assertThat(read("twenty/CD ~-/HYPH ~five/CD states/NNS")).contains(new NumberSpan(0, 2, 25));
        assertThat(read("three/CD million/CD people/NNS")).contains(new NumberSpan(0, 1, 3e6));
    }

    @Test
    void stopsBeforeAWordThatDoesNotContinueTheNumber() {
        assertThat(read("two/CD and/CC three/CD")).contains(new NumberSpan(0, 0, 2));
        assertThat(read("5/CD billion/CD and/CC three/CD")).contains(new NumberSpan(0, 1, 5e9));
        assertThat(read("a/DT number/NN of/IN")).isEmpty();
    }

    @Test
    void readsScaleWordsOfTranslatedTexts() {
        assertThat(NumberWords.scale("milion")).isEqualTo(1e6);
        assertThat(NumberWords.scale("mlrd")).isEqualTo(1e9);
        assertThat(NumberWords.scale("milliard")).isEqualTo(1e9);
    }

    @Test
    void readsADecimalCommaWrittenWithASpaceOnlyBeforeAScaleWord() {
        assertThat(read("412/CD ~,/, 5/CD milion/CD")).contains(new NumberSpan(0, 3, 412.5e6));
        assertThat(read("412/CD ~,/, 5/CD tanks/NNS")).contains(new NumberSpan(0, 0, 412));
        assertThat(read("2019/CD/DATE ~,/, 12/CD million/CD")).contains(new NumberSpan(0, 0, 2019));
    }

    @Test
    void joinsThousandsWrittenWithASpace() {
        assertThat(read("10/CD 000/CD tonnes/NNS")).contains(new NumberSpan(0, 1, 10_000));
    }

    private static Optional<NumberSpan> read(String tagged) {
        List<Token> tokens = FigureTagged.tokens(tagged);
        return NumberReader.read(tokens, 0, tokens.size());
    }
}

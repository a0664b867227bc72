package org.bilat.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilat.extract.text.FactContext;
import org.bilat.nlp.Token;
import org.junit.jupiter.api.Test;

class FigureUnitsTest {
    @Test
    void readsCurrencySymbolsAndCodesBeforeAnAmount() {
        assertThat(before("$/$ 5/CD")).map(UnitMatch::unit).contains("USD");
        assertThat(before("US/NNP $/$ 3/CD")).contains(new UnitMatch("USD", 1, 0, 1));
        assertThat(before("€/$ 7.3/CD")).map(UnitMatch::unit).contains("EUR");
        assertThat(before("BYN/NNP 2/CD")).map(UnitMatch::unit).contains("BYN");
        assertThat(before("CNY/NNP 10/CD")).map(UnitMatch::unit).contains("CNY");
        assertThat(before("NATO/NNP 2/CD")).isEmpty();
    }

    @Test
    void readsCurrencyNamesAfterAnAmount() {
        assertThat(after("yuan/NN")).map(UnitMatch::unit).contains("CNY");
        assertThat(after("dollars/NNS")).map(UnitMatch::unit).contains("USD");
        assertThat(after("Hong/NNP Kong/NNP dollars/NNS")).contains(new UnitMatch("HKD", 1, 0, 2));
        assertThat(after("Russian/JJ roubles/NNS")).map(UnitMatch::unit).contains("RUB");
        assertThat(after("US/NNP dollars/NNS")).map(UnitMatch::unit).contains("USD");
        assertThat(after("U.S./NNP dollars/NNS")).contains(new UnitMatch("USD", 1, 0, 1));
        assertThat(after("euros/NNS")).map(UnitMatch::unit).contains("EUR");
        assertThat(after("tanks/NNS")).isEmpty();
        assertThat(after("won/VBD/MONEY")).map(UnitMatch::unit).contains("KRW");
        assertThat(after("won/VBD")).isEmpty();
    }

    @Test
    void readsCurrencyNamesInTheirPluralsAndOtherSpellings() {
        assertThat(after("Norwegian/JJ kroner/NNS")).map(UnitMatch::unit).contains("NOK");
        assertThat(after("Swedish/JJ kronor/NNS")).map(UnitMatch::unit).contains("SEK");
        assertThat(after("Turkish/JJ lire/NNS")).map(UnitMatch::unit).contains("TRY");
        assertThat(after("Saudi/NNP riyals/NNS")).map(UnitMatch::unit).contains("SAR");
        assertThat(after("Eura/NNP")).map(UnitMatch::unit).contains("EUR");
        assertThat(after("dolara/NN")).map(UnitMatch::unit).contains("USD");
        assertThat(after("lira/NN")).map(UnitMatch::unit).contains("TRY");
        assertThat(after("kuna/NN")).map(UnitMatch::unit).contains("HRK");
    }

    @Test
    void readsANameSeveralCurrenciesShareByTheCountryNamedNearestBeforeIt() {
        FactContext context = naming(
                "Qatar/NNP gave/VBD 5/CD billion/CD rials/NNS and/CC Iran/NNP got/VBD 9/CD billion/CD rials/NNS ./.",
                "Qatar",
                "Iran");

        assertThat(unitAfter(context, 4)).contains("QAR");
        assertThat(unitAfter(context, 10)).contains("IRR");
        assertThat(after("pesos/NNS")).isEmpty();
        assertThat(after("rupees/NNS")).map(UnitMatch::unit).contains("INR");
        assertThat(after("dollars/NNS")).map(UnitMatch::unit).contains("USD");
    }

    @Test
    void readsTheRupeeSymbolByTheCountryTheDocumentNames() {
        FactContext context = naming(
                "Pakistan/NNP borrowed/VBD Rs/NNP 50/CD billion/CD ./. | Pakistan/NNP and/CC Ruritania/NNP agreed/VBD ./.",
                "Pakistan",
                "Ruritania");

        assertThat(unitBefore(context, 2)).contains("PKR");
        assertThat(before("Rs/NNP 5/CD")).map(UnitMatch::unit).contains("INR");
    }

    @Test
    void knowsCurrencyWordsThatACountMustNotCount() {
        assertThat(MoneyUnits.isCurrencyWord("pesos")).isTrue();
        assertThat(MoneyUnits.isCurrencyWord("dirhams")).isTrue();
        assertThat(MoneyUnits.isCurrencyWord("tanks")).isFalse();
        assertThat(MoneyUnits.isCurrencyWord("pounds")).isFalse();
    }

    @Test
    void convertsDistancesMassesAndAreasToTheSchemaUnits() {
        assertThat(unit("kilometers/NNS")).contains(new UnitMatch("KM", 1, 0, 0));
        assertThat(unit("miles/NNS")).map(UnitMatch::factor).contains(1.609344);
        assertThat(unit("tonnes/NNS")).contains(new UnitMatch("KG", 1000, 0, 0));
        assertThat(unit("square/JJ kilometres/NNS")).contains(new UnitMatch("HECTARE", 100, 0, 1));
        assertThat(unit("cubic/JJ metres/NNS")).map(UnitMatch::unit).contains("M3");
    }

    @Test
    void convertsPowerToWattsButLeavesEnergyOut() {
        assertThat(unit("MW/NN")).contains(new UnitMatch("W", 1e6, 0, 0));
        assertThat(unit("gigawatts/NNS")).map(UnitMatch::factor).contains(1e9);
        assertThat(unit("kW/NN")).map(UnitMatch::unit).contains("W");
        assertThat(unit("MWh/NN")).isEmpty();
    }

    @Test
    void countsContainersInTwentyFootEquivalentUnits() {
        assertThat(unit("TEU/NN")).contains(new UnitMatch("COUNT", 1, 0, 0));
        assertThat(unit("TEUs/NNS")).map(UnitMatch::unit).contains("COUNT");
        assertThat(unit("20/CD ~-/HYPH ~foot/NN equivalent/JJ units/NNS")).contains(new UnitMatch("COUNT", 1, 0, 4));
    }

    @Test
    void convertsSquareMetresAndGasVolumes() {
        assertThat(unit("square/JJ metres/NNS")).contains(new UnitMatch("HECTARE", 1e-4, 0, 1));
        assertThat(unit("acres/NNS")).map(UnitMatch::unit).contains("HECTARE");
        assertThat(unit("mcm/NN")).contains(new UnitMatch("M3", 1e6, 0, 0));
    }

    @Test
    void readsPercentagesAndUnitsJoinedByAHyphen() {
        assertThat(unit("procent/NN")).map(UnitMatch::unit).contains("PERCENT");
        assertThat(unit("%/NN")).map(UnitMatch::unit).contains("PERCENT");
        assertThat(unit("per/IN cent/NN")).contains(new UnitMatch("PERCENT", 1, 0, 1));
        List<Token> payload = FigureTagged.tokens("560/CD ~-/HYPH ~kilogram/NN payload/NN");
        assertThat(UnitWords.at(payload, 1, payload.size())).contains(new UnitMatch("KG", 1, 1, 2));
        List<Token> fold = FigureTagged.tokens("140/CD ~-/HYPH ~fold/RB");
        assertThat(UnitWords.at(fold, 1, fold.size())).map(UnitMatch::unit).contains("TIMES");
    }

    @Test
    void findsQualifiersRightBeforeAFigure() {
        List<Token> tokens = FigureTagged.tokens("no/DT fewer/JJR than/IN a/DT dozen/NN");
        assertThat(FigureQualifier.before(tokens, 3, 0)).contains(new FigureQualifier.Found("no fewer than", 0));
        assertThat(FigureQualifier.before(tokens, 1, 0)).isEmpty();
    }

    private static Optional<UnitMatch> before(String tagged) {
        List<Token> tokens = FigureTagged.tokens(tagged);
        return MoneyUnits.before(tokens, 0, tokens.size());
    }

    private static Optional<UnitMatch> after(String tagged) {
        List<Token> tokens = FigureTagged.tokens(tagged);
        return MoneyUnits.after(tokens, 0, tokens.size());
    }

    private static Optional<UnitMatch> unit(String tagged) {
        List<Token> tokens = FigureTagged.tokens(tagged);
        return UnitWords.at(tokens, 0, tokens.size());
    }

    /** The currency written from token {@code i} on after an amount in {@code context}'s first sentence. */
    private static Optional<String> unitAfter(FactContext context, int i) {
        List<Token> first = context.text().sentence(0);
        return MoneyUnits.after(first, i, first.size(), inFirstSentence(context))
                .map(UnitMatch::unit);
    }

    /** The currency written at token {@code i} before an amount in {@code context}'s first sentence. */
    private static Optional<String> unitBefore(FactContext context, int i) {
        List<Token> first = context.text().sentence(0);
        return MoneyUnits.before(first, i, first.size(), inFirstSentence(context))
                .map(UnitMatch::unit);
    }

    private static CurrencyCountries inFirstSentence(FactContext context) {
        List<Token> first = context.text().sentence(0);
        return CurrencyCountries.of(context)
                .inSentence(0, first.get(first.size() - 1).end());
    }

    /** A hand-tagged text that names the states {@code states}. */
    private static FactContext naming(String tagged, String... states) {
        return FigureTagged.context(tagged, new ArrayList<>(), states);
    }
}

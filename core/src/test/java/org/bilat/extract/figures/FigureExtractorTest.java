package org.bilat.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bilat.extract.text.FactContext;
import org.bilat.model.Quantity;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {
    private final List<String> warnings = new ArrayList<>();

    @Test
    void splitsARangeIntoTwoFiguresWithOneEvidence() {
        List<Quantity> found = extract(
                "Exports/NNS grew/VBD by/IN 10/CD/PERCENT ~-/HYPH/PERCENT ~20/CD/PERCENT percent/NN/PERCENT ./.");

        assertThat(found).extracting(Quantity::value).containsExactly(10.0, 20.0);
        assertThat(found).extracting(Quantity::unit).containsOnly("PERCENT");
        assertThat(found.get(0).evidence()).isEqualTo(found.get(1).evidence());
        assertThat(found.get(0).evidence().quote()).isEqualTo("Exports grew by 10-20 percent");
    }

    @Test
    void readsMoneyWithItsQualifierMeasureAndSubject() {
        List<Quantity> found = extract(
                "Kenya/NNP ran/VBD a/DT budget/NN gap/NN of/IN almost/RB $/$ 3/CD/MONEY billion/CD/MONEY ./.", "Kenya");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(3e9);
            assertThat(q.unit()).isEqualTo("USD");
            assertThat(q.qualifier()).isEqualTo("almost");
            assertThat(q.measure()).isEqualTo("budget gap");
            assertThat(q.subjects()).containsExactly("kenya");
        });
    }

    @Test
    void countsThingsButNotThingsReferredBack() {
        List<Quantity> found = extract("The/DT two/CD countries/NNS signed/VBD five/CD treaties/NNS and/CC"
                + " bought/VBD a/DT dozen/NN helicopters/NNS ./.");

        assertThat(found).extracting(Quantity::value).containsExactly(5.0, 12.0);
        assertThat(found).extracting(Quantity::measure).containsExactly("treaties", "helicopters");
        assertThat(found).extracting(Quantity::unit).containsOnly("COUNT");
    }

    @Test
    void skipsYearsDurationsReferenceNumbersAndModelCodes() {
        List<Quantity> found = extract("In/IN 2019/CD/DATE ,/, Decree/NNP No./NN 7/CD gave/VBD 30/CD/DURATION"
                + " years/NNS/DURATION to/TO the/DT KAMAZ/NNP ~-/HYPH ~4310/CD plant/NN in/IN four/CD key/JJ"
                + " fields/NNS ./.");

        assertThat(found).isEmpty();
    }

    @Test
    void readsMultiplesAfterAVerbOfChangeButNotRepetitions() {
        List<Quantity> found = extract("Trade/NN rose/VBD/O/rise 12/CD times/NNS/O/time ,/, but/CC"
                + " talks/NNS were/VBD held/VBN three/CD times/NNS/O/time ./.");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(12);
            assertThat(q.unit()).isEqualTo("TIMES");
            assertThat(q.measure()).isEqualTo("Trade");
        });
    }

    @Test
    void leavesOutRatesPerDayButKeepsRatesPerYear() {
        List<Quantity> found = extract("The/DT line/NN carries/VBZ 40/CD million/CD cubic/JJ metres/NNS of/IN"
                + " gas/NN a/DT day/NN ,/, or/CC 14/CD billion/CD cubic/JJ metres/NNS a/DT year/NN ,/, and/CC"
                + " 300/CD tonnes/NNS daily/RB ./.");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(14e9);
            assertThat(q.unit()).isEqualTo("M3");
        });
    }

    @Test
    void aYearBeforeToIsNoBoundOfARange() {
        List<Quantity> found = extract(
                "Sales/NNS grew/VBD from/IN 250/CD tonnes/NNS in/IN 2023/CD/DATE to/TO" + " 370/CD tonnes/NNS ./.");

        assertThat(found).extracting(Quantity::value).containsExactly(250e3, 370e3);
    }

    @Test
    void readsAMultipleWrittenAsFolds() {
        List<Quantity> found = extract("Exports/NNS grew/VBD/O/grow by/IN three/CD folds/NNS/O/fold ./.");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(3);
            assertThat(q.unit()).isEqualTo("TIMES");
        });
    }

    @Test
    void convertsMilesToKilometres() {
        List<Quantity> found = extract("missiles/NNS with/IN a/DT range/NN of/IN up/RB to/TO 40/CD miles/NNS");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.value()).isCloseTo(64.37, org.assertj.core.data.Offset.offset(0.01));
            assertThat(q.unit()).isEqualTo("KM");
            assertThat(q.qualifier()).isEqualTo("up to");
            assertThat(q.measure()).endsWith("range");
        });
    }

    @Test
    void warnsAboutMalformedAndAbsurdFiguresWithTheirPosition() {
        List<Quantity> found =
                extract("The/DT road/NN is/VBZ 1,2,3/CD km/NN and/CC prices/NNS grew/VBD 50000/CD percent/NN ./.");

        assertThat(found).isEmpty();
        assertThat(warnings).anyMatch(w -> w.startsWith("token 3 (\"1,2,3 km\"): a malformed number"));
        assertThat(warnings).anyMatch(w -> w.startsWith("token 8 (\"50000 percent\"): a percentage over 10000"));
    }

    @Test
    void keepsAFigureToldAgainInALaterSentenceOnce() {
        List<Quantity> found = extract(
                "Kenyan/JJ exports/NNS rose/VBD by/IN 87/CD percent/NN ./. |"
                        + " Indeed/RB ,/, exports/NNS of/IN Kenya/NNP soared/VBD by/IN 87/CD percent/NN ./.",
                "Kenya");

        assertThat(found).singleElement().extracting(Quantity::value).isEqualTo(87.0);
    }

    @Test
    void readsPlantCapacityInWatts() {
        List<Quantity> found = extract(
                "Ruritania/NNP built/VBD a/DT plant/NN with/IN a/DT capacity/NN of/IN" + " 1,500/CD MW/NN ./.",
                "Ruritania");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(1.5e9);
            assertThat(q.unit()).isEqualTo("W");
            assertThat(q.measure()).endsWith("capacity");
        });
    }

    @Test
    void leavesOutTheBaseARateIsGivenPer() {
        List<Quantity> found = extract("Gas/NN costs/VBZ $/$ 210/CD per/IN 1,000/CD cubic/JJ metres/NNS ./.");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(210);
            assertThat(q.unit()).isEqualTo("USD");
        });
    }

    @Test
    void countsAfterACopulaAndPartsOutOfAWhole() {
        List<Quantity> found = extract("Of/IN these/DT ,/, 300/CD were/VBD/O/be Syldavian/JJ sailors/NNS ./. |"
                + " The/DT party/NN won/VBD 45/CD out/IN of/IN 90/CD seats/NNS ./. |"
                + " The/DT first/JJ 60/CD trucks/NNS came/VBD ./.");

        assertThat(found).extracting(Quantity::value).containsExactly(300.0, 45.0, 90.0, 60.0);
        assertThat(found)
                .extracting(Quantity::measure)
                .containsExactly("Syldavian sailors", "seats", "seats", "trucks");
    }

    @Test
    void countsANumberTakenForAYearOnlyWhenNoModernYearHasIt() {
        List<Quantity> found = extract("Ruritania/NNP sent/VBD 1400/CD/DATE soldiers/NNS ./. |"
                + " Ruritania/NNP held/VBD 2019/CD/DATE elections/NNS ./. |"
                + " Prices/NNS fell/VBD as/IN of/IN 1016/CD/DATE GMT/NNP ./.");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(1400);
            assertThat(q.unit()).isEqualTo("COUNT");
        });
    }

    @Test
    void takesNoFiguresFromALineLinkingToAnotherStory() {
        assertThat(extract("Read/VB also/RB :/: Syldavia/NNP buys/VBZ 40/CD tanks/NNS"))
                .isEmpty();
        String text = "Borduria sold 12 ships.\nPhoto: two of the 12 ships\nSyldavia bought 3 jets.";
        assertThat(FigureGuards.isAsideLine(text, text.indexOf("12"))).isFalse();
        assertThat(FigureGuards.isAsideLine(text, text.indexOf("Photo"))).isTrue();
        assertThat(FigureGuards.isAsideLine(text, text.indexOf("Syldavia"))).isFalse();
    }

    @Test
    void skipsACountOfAWordCutOff() {
        assertThat(extract("The/DT road/NN ends/VBZ 10/CD ki/NNS")).isEmpty();
    }

    @Test
    void keepsASpecificValueToldTwiceInOtherWordsOnceButNotARoundOne() {
        List<Quantity> found = extract("Borduria/NNP takes/VBZ 51/CD percent/NN of/IN the/DT port/NN ./. |"
                + " The/DT 51/CD percent/NN stake/NN went/VBD to/TO Syldavia/NNP ./. |"
                + " Tariffs/NNS fell/VBD 50/CD percent/NN ./. | Prices/NNS rose/VBD 50/CD percent/NN ./.");

        assertThat(found).extracting(Quantity::value).containsExactly(51.0, 50.0, 50.0);
    }

    @Test
    void takesNeitherAnotherFiguresUnitNorATimeWordAsTheMeasure() {
        List<Quantity> found = extract("Shares/NNS fell/VBD 0.4/CD percent/NN to/TO 13.90/CD euros/NNS ./. |"
                + " Exports/NNS rose/VBD 1.7/CD ~-/HYPH ~fold/RB year/NN ./.");

        assertThat(found).extracting(Quantity::measure).doesNotContain("percent", "year");
    }

    @Test
    void readsCountsOfGroupsAfterOf() {
        List<Quantity> found =
                extract("troops/NNS mixed/VBN in/IN teams/NNS of/IN four/CD and/CC five/CD ,/, had/VBD to/TO act/VB");

        assertThat(found).extracting(Quantity::value).containsExactly(4.0, 5.0);
        assertThat(found).extracting(Quantity::measure).containsOnly("teams");
    }

    @Test
    void readsMoneyWithAShortScaleAndNeverCountsCurrencies() {
        List<Quantity> found = extract("Acme/NNP invested/VBD 2.5/CD m/NN euros/NNS ./. |"
                + " Syldavia/NNP sent/VBD 30/CD million/CD pesos/NNS ./.");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(2.5e6);
            assertThat(q.unit()).isEqualTo("EUR");
        });
    }

    @Test
    void readsAnAmountTheTaggerNamedTogetherWithItsCurrency() {
        List<Quantity> found = extract("Ruritania/NNP lent/VBD RMB/NNP 3/CD billion/CD ./.", "Ruritania", "RMB 3");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(3e9);
            assertThat(q.unit()).isEqualTo("CNY");
        });
    }

    @Test
    void neverThrowsOnOddTokenSequences() {
        List<String> words = List.of(
                "$/$",
                "USD/NNP",
                "5/CD",
                "1,2,3/CD",
                "-/HYPH",
                "~-/HYPH",
                "km/NN",
                "percent/NN",
                "of/IN",
                "the/DT",
                "a/DT",
                "dozen/NN",
                "billion/CD",
                "and/CC",
                "(/-LRB-",
                ")/-RRB-",
                "times/NNS",
                "tanks/NNS",
                "No./NN",
                "two/CD",
                "twenty/CD",
                "~five/CD",
                "fold/RB",
                "between/IN",
                "to/TO",
                "./.",
                ",/,");
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            StringBuilder tagged = new StringBuilder("Start/NN");
            for (int k = random.nextInt(12); k >= 0; k--) {
                tagged.append(' ').append(words.get(random.nextInt(words.size())));
            }
            assertThat(extract(tagged.toString())).allMatch(q -> Double.isFinite(q.value()));
        }
    }

    private List<Quantity> extract(String tagged, String... names) {
        FactContext context = FigureTagged.context(tagged, warnings, names);
        return new FigureExtractor().extract(context, warnings);
    }
}

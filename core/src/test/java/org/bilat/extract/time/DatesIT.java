package org.bilat.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.NlpPipeline;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Dates of real SUTime readings, anchored on a document date, in sentences of our own. */
class DatesIT {
    private static List<String> dates(String text, @Nullable String documentDate) {
        AnnotatedText annotated = NlpPipeline.shared().annotate(text, documentDate);
        List<String> warnings = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (DatedSpan span : Dates.of(annotated, documentDate, warnings).spans()) {
            out.add(text.substring(
                            annotated.tokens().get(span.first()).begin(),
                            annotated.tokens().get(span.last()).end())
                    + "=" + span.date());
        }
        return out;
    }

    @Test
    void readsWeekdaysAsTheLastOneOnOrBeforeTheDocumentDate() {
        SoftAssertions soft = new SoftAssertions();
        // 2022-07-20 is a Wednesday
        soft.assertThat(dates("Ruritania opened the bridge on Wednesday.", "2022-07-20"))
                .containsExactly("Wednesday=2022-07-20");
        soft.assertThat(dates("Ruritania said late on Friday that it had signed.", "2022-07-20"))
                .containsExactly("late on Friday=2022-07-15");
        soft.assertThat(dates("The ministers met last Wednesday.", "2022-07-20"))
                .containsExactly("last Wednesday=2022-07-13");
        soft.assertAll();
    }

    @Test
    void keepsADayTheTextNamesEvenWhenItIsTheReportsOwnDay() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(dates("The two presidents signed the treaty in Zenda on March 3.", "2020-03-03"))
                .containsExactly("March 3=2020-03-03");
        soft.assertThat(dates("ZENDA, March 3 (Agency) - The two presidents met.", "2020-03-03"))
                .isEmpty();
        soft.assertAll();
    }

    @Test
    void readsATimeOfDayAsItsDay() {
        assertThat(dates("The drills began on the morning of May 6, 2019.", "2019-05-08"))
                .extracting(d -> d.substring(d.indexOf('=') + 1))
                .containsOnly("2019-05-06");
    }

    @Test
    void takesNoYearFromANumberBeforeAUnitInCapitals() {
        assertThat(dates("The second reactor has a power of 1100 MW.", "2021-06-01"))
                .isEmpty();
    }

    @Test
    void readsYearlessMonthsOfANewsReportInItsYear() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(dates(
                        "Borduria lost the vote in March 2014. Syldavia agreed to buy the port in April.",
                        "2016-08-10"))
                .containsExactly("March 2014=2014-03", "April=2016-04");
        soft.assertThat(dates("Syldavia will hold the talks in November.", "2016-08-10"))
                .containsExactly("November=2015-11");
        soft.assertAll();
    }

    @Test
    void readsRelativeTimes() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(dates("Exports grew last July.", "2019-03-05")).containsExactly("last July=2018-07");
        soft.assertThat(dates("Exports fell a decade ago.", "2019-03-05")).containsExactly("a decade ago=2009");
        soft.assertThat(dates("Exports fell this year.", "2019-03-05")).containsExactly("this year=2019");
        soft.assertThat(dates("Exports fell earlier this month.", "2019-03-05"))
                .containsExactly("earlier this month=2019-03");
        soft.assertThat(dates("The envoys met this week.", "2019-03-07"))
                .containsExactly("this week=2019-03-04/2019-03-07");
        soft.assertAll();
    }

    @Test
    void readsSpansAndLooseTimes() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(dates("The fair ran from 28 February to 2 March 2023.", null))
                .containsExactly("28 February to 2 March 2023=2023-02-28/2023-03-02");
        soft.assertThat(dates("The summit was held on December 16 and 17, 2014.", null))
                .containsExactly("December 16 and 17, 2014=2014-12-16/2014-12-17");
        soft.assertThat(dates("The line opened at the end of 2009.", null))
                .containsExactly("the end of 2009=2009-10/2009-12");
        soft.assertThat(dates("The line opened in spring 2019.", null)).containsExactly("spring 2019=2019-03/2019-05");
        soft.assertThat(dates("The line opened in late May 2005.", null)).containsExactly("late May 2005=2005-05");
        soft.assertAll();
    }
}

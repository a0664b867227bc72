package org.bilat.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EventMergerTest {
    private static final Predicate<String> PERSON = EventMergerTest::isPerson;

    private static boolean isPerson(String id) {
        return id.startsWith("person-");
    }

    private static EventCandidate event(
            EventType type, @Nullable String date, List<String> participants, int sentence, TriggerForm form) {
        Evidence evidence = new Evidence(sentence * 10, sentence * 10 + 1, "x");
        return new EventCandidate(
                type, "040", date, participants, null, List.of(evidence), "s" + sentence, sentence, Set.of(), form);
    }

    @Test
    void joinsTwoTellingsOfOneVisitAndKeepsBothPassagesInOrder() {
        EventCandidate first = event(EventType.MEET, "2019", List.of("kenya", "estonia"), 3, TriggerForm.VERB);
        EventCandidate second = event(EventType.MEET, "2019-05", List.of("estonia"), 4, TriggerForm.NOUN);

        List<EventCandidate> merged = EventMerger.merge(List.of(first, second), PERSON);

        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).date()).isEqualTo("2019-05");
        assertThat(merged.get(0).participants()).containsExactly("kenya", "estonia");
        assertThat(merged.get(0).evidence()).extracting(Evidence::start).containsExactly(30, 40);
    }

    @Test
    void keepsEventsOfDifferentYearsApart() {
        EventCandidate first = event(EventType.EXERCISE, "2011", List.of("kenya"), 3, TriggerForm.VERB);
        EventCandidate second = event(EventType.EXERCISE, "2012", List.of("kenya"), 3, TriggerForm.VERB);

        assertThat(EventMerger.merge(List.of(first, second), PERSON)).hasSize(2);
    }

    @Test
    void keepsMeetingsOfDifferentPeopleApart() {
        EventCandidate first = event(EventType.MEET, "2019", List.of("kenya", "person-a"), 3, TriggerForm.VERB);
        EventCandidate second = event(EventType.MEET, "2019", List.of("kenya", "person-b"), 3, TriggerForm.VERB);

        assertThat(EventMerger.merge(List.of(first, second), PERSON)).hasSize(2);
    }

    @Test
    void keepsDistantUndatedTellingsWithoutACommonThingApart() {
        EventCandidate first = event(EventType.DEVELOP, null, List.of("kenya"), 3, TriggerForm.VERB);
        EventCandidate second = event(EventType.DEVELOP, null, List.of("kenya"), 9, TriggerForm.VERB);

        assertThat(EventMerger.merge(List.of(first, second), PERSON)).hasSize(2);
    }

    @Test
    void anUndatedTheExerciseJoinsTheLatestExercise() {
        EventCandidate first = event(EventType.EXERCISE, "2017-07", List.of("kenya"), 2, TriggerForm.VERB);
        EventCandidate anaphor = event(EventType.EXERCISE, null, List.of("nairobi-police"), 4, TriggerForm.ANAPHOR);

        List<EventCandidate> merged = EventMerger.merge(List.of(first, anaphor), PERSON);

        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).participants()).containsExactly("kenya");
    }

    @Test
    void aRetellingAddsItsStatesButNotTheOrganisationsAndPeopleAroundIt() {
        EventCandidate first = event(EventType.MEET, "2019-05", List.of("ruritania", "person-a"), 2, TriggerForm.VERB);
        EventCandidate retold =
                event(EventType.MEET, "2019-05", List.of("person-a", "borduria", "syldavia-bank"), 3, TriggerForm.NOUN);

        List<EventCandidate> merged = EventMerger.merge(List.of(first, retold), PERSON, id -> !id.contains("-"));

        assertThat(merged)
                .singleElement()
                .satisfies(e -> assertThat(e.participants()).containsExactly("ruritania", "person-a", "borduria"));
    }

    @Test
    void aLaterMeetingOfTheVisitorAddsTheCounterpartItNames() {
        EventCandidate visit = event(EventType.MEET, "2021-03", List.of("person-a", "ruritania"), 2, TriggerForm.NOUN);
        EventCandidate meeting =
                event(EventType.MEET, null, List.of("person-a", "person-b", "syldavia-bank"), 4, TriggerForm.VERB);

        List<EventCandidate> merged = EventMerger.merge(List.of(visit, meeting), PERSON, id -> !id.contains("-"));

        assertThat(merged)
                .singleElement()
                .satisfies(e -> assertThat(e.participants()).containsExactly("person-a", "ruritania", "person-b"));
    }

    @Test
    void anUndatedTheAgreementWasSignedRetellsTheLatestLoanAgreement() {
        EventCandidate loan = event(EventType.FINANCE, "2016-04", List.of("chile", "norway"), 2, TriggerForm.VERB);
        EventCandidate signed = event(EventType.AGREE, null, List.of("person-minister"), 3, TriggerForm.REFERRING);

        List<EventCandidate> merged = EventMerger.merge(List.of(loan, signed), PERSON);

        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.FINANCE);
            assertThat(e.participants()).containsExactly("chile", "norway");
        });
    }

    @Test
    void aReferringTellingFarFromAnyAgreementStaysApart() {
        EventCandidate loan = event(EventType.FINANCE, "2016-04", List.of("chile"), 2, TriggerForm.VERB);
        EventCandidate signed = event(EventType.AGREE, null, List.of("peru"), 30, TriggerForm.REFERRING);

        assertThat(EventMerger.merge(List.of(loan, signed), PERSON)).hasSize(2);
    }

    @Test
    void datesAgreeWhenTheyOverlapAndAnAbsentDateAgreesWithAny() {
        assertThat(EventMerger.datesAgree("2016", "2016-09-28/2016-09-29")).isTrue();
        assertThat(EventMerger.datesAgree("2010/2013", "2014")).isFalse();
        assertThat(EventMerger.datesAgree(null, "2014")).isTrue();
        assertThat(EventMerger.sameDate("2015", "2015-05")).isTrue();
        assertThat(EventMerger.sameDate("2008/2024", "2021")).isFalse();
    }

    @Test
    void anUndatedNounSharingAnActorRetellsAnEventToldSomeSentencesBefore() {
        EventCandidate told = event(EventType.EXERCISE, "2019-05", List.of("kenya", "estonia"), 2, TriggerForm.VERB);
        EventCandidate noun = event(EventType.EXERCISE, null, List.of("estonia"), 7, TriggerForm.OWNED);
        EventCandidate farNoun = event(EventType.EXERCISE, null, List.of("estonia"), 20, TriggerForm.OWNED);
        EventCandidate verb = event(EventType.EXERCISE, null, List.of("estonia"), 7, TriggerForm.VERB);

        assertThat(EventMerger.merge(List.of(told, noun), PERSON)).hasSize(1);
        assertThat(EventMerger.merge(List.of(told, farNoun), PERSON)).hasSize(2);
        assertThat(EventMerger.merge(List.of(told, verb), PERSON)).hasSize(2);
    }

    @Test
    void theDaysOfOneVisitAreOneMeetingButAHostMeetingAnotherVisitorIsNot() {
        EventCandidate arrival =
                event(EventType.MEET, "2019-05-06", List.of("ruritania", "person-a"), 1, TriggerForm.VERB);
        EventCandidate talks = event(
                EventType.MEET, "2019-05-07", List.of("person-a", "person-host", "borduria"), 5, TriggerForm.VERB);
        EventCandidate other = event(
                EventType.MEET, "2019-05-08", List.of("person-b", "person-host", "borduria"), 6, TriggerForm.VERB);
        EventCandidate monthLater =
                event(EventType.MEET, "2019-06-07", List.of("person-a", "borduria"), 8, TriggerForm.VERB);

        List<EventCandidate> merged =
                EventMerger.merge(List.of(arrival, talks, other, monthLater), PERSON, id -> !id.contains("-"));

        assertThat(merged).hasSize(3);
        assertThat(merged.get(0).participants()).contains("person-a", "person-host", "borduria");
    }

    @Test
    void aDatedSigningJustAfterAnUndatedLoanDatesTheLoan() {
        EventCandidate loan = event(EventType.FINANCE, null, List.of("syldavia-bank", "borduria"), 1, TriggerForm.VERB);
        EventCandidate signing =
                event(EventType.AGREE, "2019-05-06", List.of("syldavia-bank", "borduria"), 2, TriggerForm.VERB);
        EventCandidate datedLoan =
                event(EventType.FINANCE, "2019-05-06", List.of("syldavia-bank", "borduria"), 4, TriggerForm.VERB);
        EventCandidate nextLoan = event(EventType.FINANCE, null, List.of("syldavia-bank"), 5, TriggerForm.VERB);
        EventCandidate unrelated = event(EventType.AGREE, "2019-05-07", List.of("borduria"), 6, TriggerForm.VERB);

        List<EventCandidate> merged = EventMerger.merge(List.of(loan, signing), PERSON);
        List<EventCandidate> listed = EventMerger.merge(List.of(datedLoan, nextLoan, unrelated), PERSON);

        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.FINANCE);
            assertThat(e.date()).isEqualTo("2019-05-06");
        });
        assertThat(listed).hasSize(3);
    }

    @Test
    void twoAgreementsOfOneSentenceWithDifferentFirmsStayApartThoughTheyImplyOneState() {
        EventCandidate first = event(EventType.AGREE, null, List.of("acme-tanks", "ruritania"), 3, TriggerForm.NOUN);
        EventCandidate second = event(EventType.AGREE, null, List.of("bolt-guns", "ruritania"), 3, TriggerForm.NOUN);
        EventCandidate retold = event(EventType.AGREE, null, List.of("acme-tanks", "ruritania"), 3, TriggerForm.NOUN);

        assertThat(EventMerger.merge(List.of(first, second), PERSON, id -> !id.contains("-")))
                .hasSize(2);
        assertThat(EventMerger.merge(List.of(first, retold), PERSON, id -> !id.contains("-")))
                .hasSize(1);
    }
}

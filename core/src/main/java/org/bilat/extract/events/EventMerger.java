package org.bilat.extract.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * Joins the passages of a document that tell one happening. Two tellings of one type whose dates agree are one
 * happening when they share a participant and either name the same thing or person, stand in one sentence, or stand
 * within a few sentences with the same CAMEO code and date (a later noun telling with the same date may stand
 * anywhere); an
 * undated "the exercise" or "the agreement was signed" is the latest event of its type. Tellings naming different people are never joined.
 */
final class EventMerger {
    private static final int NEAR = 2;
    private static final int ANAPHOR_REACH = 10;
    /** How many days apart the meetings of one visit may lie (a state visit rarely lasts longer). */
    private static final int VISIT_DAYS = 3;

    private static final int DAY_LENGTH = "2000-01-01".length();

    private EventMerger() {}

    /** The candidates, in text order, with each happening told more than once merged into its first telling. */
    static List<EventCandidate> merge(List<EventCandidate> candidates, Predicate<String> isPerson) {
        return merge(candidates, isPerson, id -> false);
    }

    /**
     * As {@link #merge(List, Predicate)}; a retelling adds only its states to the first telling's participants: the
     * organisations and people it names around the happening are mostly its context, not its actors.
     */
    static List<EventCandidate> merge(
            List<EventCandidate> candidates, Predicate<String> isPerson, Predicate<String> isState) {
        List<EventCandidate> merged = new ArrayList<>();
        for (EventCandidate candidate : candidates) {
            int at = indexOfSame(merged, candidate, isPerson, isState);
            if (at < 0) {
                merged.add(candidate);
            } else {
                merged.set(at, join(merged.get(at), candidate, isPerson, isState));
            }
        }
        return merged;
    }

    /** Whether {@code later} tells the happening {@code earlier} told. */
    static boolean same(EventCandidate earlier, EventCandidate later, Predicate<String> isPerson) {
        return same(earlier, later, isPerson, id -> true);
    }

    /**
     * As {@link #same(EventCandidate, EventCandidate, Predicate)}; two tellings near each other that name different
     * firms or bodies as their parties ("the agreement with X provides for tanks, the agreement with Y for
     * howitzers") are two happenings, even where the state they share is one.
     */
    static boolean same(
            EventCandidate earlier, EventCandidate later, Predicate<String> isPerson, Predicate<String> isState) {
        if (oneVisit(earlier, later, isPerson)) {
            return true;
        }
        if (!datesAgree(earlier.date(), later.date())) {
            return false;
        }
        if (datesLoan(earlier, later)) {
            return true;
        }
        if (later.form() == TriggerForm.REFERRING && refersTo(earlier, later)) {
            return !personsDiffer(earlier, later, isPerson);
        }
        if (earlier.type() != later.type()) {
            return false;
        }
        List<String> persons = named(earlier, isPerson);
        List<String> laterPersons = named(later, isPerson);
        if (apart(persons, laterPersons)) {
            return false;
        }
        int gap = later.sentence() - earlier.sentence();
        if (later.form() == TriggerForm.ANAPHOR && gap <= ANAPHOR_REACH) {
            return true;
        }
        if (Collections.disjoint(earlier.participants(), later.participants())) {
            return false;
        }
        boolean sameCode = earlier.cameo().equals(later.cameo());
        boolean sameDate = sameDate(earlier.date(), later.date());
        boolean near = gap == 0
                || (gap <= NEAR && sameCode && (sameDate || later.form() != TriggerForm.VERB))
                || retoldUndated(later, sameCode, gap);
        return !Collections.disjoint(earlier.things(), later.things())
                || !Collections.disjoint(persons, laterPersons)
                || (near && !otherBodies(earlier, later, isPerson.or(isState)))
                || (later.form() != TriggerForm.VERB && sameDate);
    }

    /**
     * An undated loan or investment, then a dated signing of its parties just after it ("X has pledged a credit to
     * Y. X and Y signed the agreement in Klow on Monday"): the signing is the loan's, and dates it. A dated loan
     * followed by another signing is left apart: the text often lists the loans of one signing day one by one.
     */
    private static boolean datesLoan(EventCandidate earlier, EventCandidate later) {
        return earlier.type() == EventType.FINANCE
                && earlier.date() == null
                && (later.type() == EventType.AGREE || later.type() == EventType.FINANCE)
                && later.form() == TriggerForm.VERB
                && later.date() != null
                && later.sentence() - earlier.sentence() <= NEAR
                && !Collections.disjoint(earlier.participants(), later.participants());
    }

    /**
     * Meetings of one person on days a few apart, the people of one among the other's, are the days of one visit
     * ("X arrived on Monday ... on Tuesday X held talks with Y"): a visit is one happening however many days it takes.
     * A host who meets other visitors on the next days names people the first meeting lacks, and stays apart.
     */
    private static boolean oneVisit(EventCandidate earlier, EventCandidate later, Predicate<String> isPerson) {
        if (earlier.type() != EventType.MEET || later.type() != EventType.MEET) {
            return false;
        }
        Optional<LocalDate> a = day(earlier.date());
        Optional<LocalDate> b = day(later.date());
        if (a.isEmpty()
                || b.isEmpty()
                || Math.abs(a.get().toEpochDay() - b.get().toEpochDay()) > VISIT_DAYS) {
            return false;
        }
        Set<String> persons = new LinkedHashSet<>(named(earlier, isPerson));
        Set<String> laterPersons = new LinkedHashSet<>(named(later, isPerson));
        return !Collections.disjoint(persons, laterPersons)
                && (persons.containsAll(laterPersons) || laterPersons.containsAll(persons));
    }

    /** The day a schema date names, when it names a single day. */
    private static Optional<LocalDate> day(@Nullable String date) {
        if (date == null || date.length() != DAY_LENGTH || date.contains("/")) {
            return Optional.empty();
        }
        return range(date).map(r -> r[0]);
    }

    /**
     * An undated noun that shares an actor and the CAMEO code with an event told a few sentences before retells it
     * ("the joint training by X and Y is an important step"): a noun names a happening already told far more often
     * than a new one.
     */
    private static boolean retoldUndated(EventCandidate later, boolean sameCode, int gap) {
        return later.date() == null && later.form() != TriggerForm.VERB && sameCode && gap <= ANAPHOR_REACH;
    }

    /**
     * Whether an undated "the agreement was signed" can retell {@code earlier}: an event of its type (a financing is
     * an agreement too) told a few sentences before, with no other named thing.
     */
    private static boolean refersTo(EventCandidate earlier, EventCandidate later) {
        boolean type = earlier.type() == later.type()
                || (later.type() == EventType.AGREE && earlier.type() == EventType.FINANCE);
        boolean things = later.things().isEmpty() || !Collections.disjoint(earlier.things(), later.things());
        return type && things && later.date() == null && later.sentence() - earlier.sentence() <= ANAPHOR_REACH;
    }

    /** Whether both tellings name bodies (neither states nor people) and none of them is named by both. */
    private static boolean otherBodies(EventCandidate earlier, EventCandidate later, Predicate<String> notBody) {
        return apart(named(earlier, notBody.negate()), named(later, notBody.negate()));
    }

    private static boolean personsDiffer(EventCandidate earlier, EventCandidate later, Predicate<String> isPerson) {
        return apart(named(earlier, isPerson), named(later, isPerson));
    }

    /** The participants of {@code candidate} that are of one kind (its people, its bodies). */
    private static List<String> named(EventCandidate candidate, Predicate<String> kind) {
        return candidate.participants().stream().filter(kind).toList();
    }

    /** Whether both tellings name some participants of a kind and none of those in common. */
    private static boolean apart(List<String> participants, List<String> laterParticipants) {
        return !participants.isEmpty()
                && !laterParticipants.isEmpty()
                && Collections.disjoint(participants, laterParticipants);
    }

    /** Whether two dates name one time, one at a finer precision than the other ("2015", "2015-05"). */
    static boolean sameDate(@Nullable String a, @Nullable String b) {
        return a != null && b != null && !a.contains("/") && !b.contains("/") && (a.startsWith(b) || b.startsWith(a));
    }

    /** Whether two schema dates overlap; an absent date agrees with any. */
    static boolean datesAgree(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) {
            return true;
        }
        Optional<LocalDate[]> ra = range(a);
        Optional<LocalDate[]> rb = range(b);
        if (ra.isEmpty() || rb.isEmpty()) {
            return a.equals(b);
        }
        return !ra.get()[0].isAfter(rb.get()[1]) && !rb.get()[0].isAfter(ra.get()[1]);
    }

    private static int indexOfSame(
            List<EventCandidate> merged,
            EventCandidate candidate,
            Predicate<String> isPerson,
            Predicate<String> isState) {
        for (int i = merged.size() - 1; i >= 0; i--) {
            if (same(merged.get(i), candidate, isPerson, isState)) {
                return i;
            }
        }
        return -1;
    }

    private static EventCandidate join(
            EventCandidate a, EventCandidate b, Predicate<String> isPerson, Predicate<String> isState) {
        Set<String> participants = new LinkedHashSet<>(a.participants());
        Predicate<String> added = meetsCounterpart(a, b, isPerson) ? isState.or(isPerson) : isState;
        b.participants().stream().filter(added).forEach(participants::add);
        Set<String> things = new LinkedHashSet<>(a.things());
        things.addAll(b.things());
        Set<Evidence> evidence = new LinkedHashSet<>(a.evidence());
        evidence.addAll(b.evidence());
        return new EventCandidate(
                a.type(),
                a.cameo(),
                narrower(a.date(), b.date()),
                List.copyOf(participants),
                a.location() != null ? a.location() : b.location(),
                List.copyOf(evidence),
                a.date() == null && b.date() != null ? b.summary() : a.summary(),
                Math.max(a.sentence(), b.sentence()),
                things,
                a.form() == TriggerForm.VERB || b.form() == TriggerForm.VERB ? TriggerForm.VERB : TriggerForm.NOUN);
    }

    /**
     * A later meeting of a visit's own visitor names whom the visitor met ("X visited Y ... X also met the Speaker
     * Z"): the visit is one happening, and its counterparts are among its actors.
     */
    private static boolean meetsCounterpart(EventCandidate a, EventCandidate b, Predicate<String> isPerson) {
        return a.type() == EventType.MEET
                && b.type() == EventType.MEET
                && b.participants().stream().filter(isPerson).anyMatch(a.participants()::contains);
    }

    private static @Nullable String narrower(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Optional<LocalDate[]> ra = range(a);
        Optional<LocalDate[]> rb = range(b);
        if (ra.isEmpty() || rb.isEmpty()) {
            return a;
        }
        return days(rb.get()) < days(ra.get()) ? b : a;
    }

    private static long days(LocalDate[] range) {
        return range[1].toEpochDay() - range[0].toEpochDay();
    }

    /** The first and last day of a schema date ("2016", "2016-09", "2016-09-28" or "a/b"). */
    static Optional<LocalDate[]> range(String date) {
        int slash = date.indexOf('/');
        if (slash >= 0) {
            Optional<LocalDate[]> a = range(date.substring(0, slash));
            Optional<LocalDate[]> b = range(date.substring(slash + 1));
            return a.isPresent() && b.isPresent()
                    ? Optional.of(new LocalDate[] {a.get()[0], b.get()[1]})
                    : Optional.empty();
        }
        try {
            return Optional.of(
                    switch (date.length()) {
                        case 4 -> yearRange(Integer.parseInt(date));
                        case 7 -> monthRange(YearMonth.parse(date));
                        case 10 -> new LocalDate[] {LocalDate.parse(date), LocalDate.parse(date)};
                        default -> throw new IllegalArgumentException(date);
                    });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate[] yearRange(int year) {
        return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    }

    private static LocalDate[] monthRange(YearMonth month) {
        return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
    }
}

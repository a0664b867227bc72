package org.bilat.extract.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.FactContext;
import org.bilat.model.EntityType;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.bilat.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds the events a document tells: a trigger verb or noun of the trigger table whose objects stand among its
 * arguments, told as a fact rather than a plan or opinion, with the actors, place and date of its sentence; passages
 * that tell one happening twice are merged.
 */
public final class EventExtractor {
    private static final int DETERMINER_REACH = 4;
    private static final Set<EventType> HOSTED = Set.of(EventType.MEET, EventType.AGREE, EventType.EXERCISE);
    private static final Set<String> DEFINITE = Set.of("the", "this", "these", "that", "those", "such");

    private final EventTriggers triggers = EventTriggers.load();

    public List<Event> extract(FactContext context, List<String> warnings) {
        List<EventCandidate> candidates = new ArrayList<>();
        for (int s = 0; s < context.text().sentenceCount(); s++) {
            try {
                candidates.addAll(inSentence(context, s));
            } catch (RuntimeException e) {
                warnings.add("sentence " + s + ": events skipped: " + e.getMessage());
            }
        }
        List<EventCandidate> merged =
                EventMerger.merge(candidates, id -> isPerson(context, id), context.actorStates()::isState);
        return merged.stream()
                .filter(e -> e.date() != null || (e.form() != TriggerForm.NOUN && e.form() != TriggerForm.ANAPHOR))
                .filter(e -> e.form() != TriggerForm.ANCHORED || !toldElsewhere(e, merged))
                .map(EventCandidate::toEvent)
                .toList();
    }

    /** Whether another event of the anchor's type shares an actor with it: the anchor only points back to it. */
    private static boolean toldElsewhere(EventCandidate anchor, List<EventCandidate> events) {
        return events.stream()
                .anyMatch(e -> !e.equals(anchor)
                        && e.type() == anchor.type()
                        && !Collections.disjoint(e.participants(), anchor.participants()));
    }

    private static boolean isPerson(FactContext context, String id) {
        return context.entity(id).filter(e -> e.type() == EntityType.PERSON).isPresent();
    }

    private List<EventCandidate> inSentence(FactContext context, int s) {
        EventClause clause = new EventClause(context.text(), s);
        if (isHeading(clause) || Headlines.isHeadline(context.text(), clause.sentenceFirst(), clause.sentenceLast())) {
            return List.of();
        }
        EventArguments arguments = new EventArguments(context, clause, s);
        boolean[] consumed = new boolean[clause.sentenceLast() - clause.sentenceFirst() + 1];
        List<EventCandidate> found = new ArrayList<>();
        List<Integer> fired = new ArrayList<>();
        for (boolean verbs : new boolean[] {true, false}) {
            for (int i = clause.sentenceFirst(); i <= clause.sentenceLast(); i++) {
                if (consumed[i - clause.sentenceFirst()] || isName(context, i)) {
                    continue;
                }
                Optional<TriggerMatch> match = firstMatch(context, clause, i, verbs);
                if (match.isEmpty() || EventHedges.hedged(context.text(), clause, i)) {
                    continue;
                }
                boolean dated = arguments.datedPhrase(match.get().window());
                boolean anchor = !dated && TriggerRoles.isTimeAnchor(clause, i, verbs);
                boolean owned = anchor && ownsActor(context, match.get());
                if (!TriggerRoles.reports(context.text(), clause, i, verbs, dated || owned, fired)) {
                    continue;
                }
                fired.add(i);
                if (match.get().object() >= 0) {
                    fired.add(match.get().object());
                }
                consume(consumed, clause, match.get());
                found.addAll(candidates(context, clause, arguments, match.get(), s, anchor));
            }
        }
        found.sort((a, b) ->
                Integer.compare(a.evidence().get(0).start(), b.evidence().get(0).start()));
        return found;
    }

    /** Whether a noun trigger names its own actor ("before Borduria's invasion of Syldavia"). */
    private static boolean ownsActor(FactContext context, TriggerMatch match) {
        return NounActors.hasOwnActor(
                context, context.text().tokens().get(match.window().last()));
    }

    private Optional<TriggerMatch> firstMatch(FactContext context, EventClause clause, int i, boolean verbs) {
        Token token = clause.token(i);
        for (EventTrigger trigger : triggers.startingWith(token.lemma())) {
            if (trigger.verb() != verbs || !partOfSpeechFits(clause, i, trigger.verb())) {
                continue;
            }
            int last = i + trigger.lemmas().size() - 1;
            if (!restFits(clause, trigger, i, last)
                    || (!verbs && modifiesNoun(clause, last))
                    || !TriggerMatch.directObjectFits(context, token, trigger)) {
                continue;
            }
            EventWindow window = clause.window(i, last, verbs);
            if (trigger.needsNoObject()) {
                return Optional.of(new TriggerMatch(trigger, window, -1));
            }
            int object = TriggerMatch.objectOf(context, clause, trigger, window);
            if (object >= 0) {
                return Optional.of(new TriggerMatch(trigger, window, object));
            }
        }
        return Optional.empty();
    }

    /** One candidate for each date the trigger's clause gives it (one undated candidate when it gives none). */
    private List<EventCandidate> candidates(
            FactContext context,
            EventClause clause,
            EventArguments arguments,
            TriggerMatch match,
            int s,
            boolean anchor) {
        EventWindow window = match.window();
        List<String> participants = JointEvents.withPartners(context, match, arguments.participants(window));
        if (participants.isEmpty()) {
            return List.of();
        }
        EventTrigger trigger = match.trigger();
        String location = arguments.location(window, trigger.verb());
        participants = withHost(context, trigger.type(), participants, location);
        String summary = EventSummary.of(context, participants, clause, window.first(), window.last(), match.object());
        List<String> dates = anchor ? List.of() : arguments.dates(window, trigger.type());
        TriggerForm form = anchor ? TriggerForm.ANCHORED : form(context, clause, match, !dates.isEmpty());
        boolean finance = FinanceAgreements.grantsMoney(context.text(), match);
        List<EventCandidate> found = new ArrayList<>();
        for (String date : dates.isEmpty() ? Collections.<@Nullable String>singletonList(null) : dates) {
            found.add(new EventCandidate(
                    finance ? EventType.FINANCE : trigger.type(),
                    finance ? FinanceAgreements.CAMEO : trigger.cameo(),
                    date,
                    participants,
                    location,
                    List.of(EventEvidence.of(context, clause, match)),
                    summary,
                    s,
                    arguments.things(window),
                    form));
        }
        return found;
    }

    /**
     * A meeting, agreement or exercise held in a capital has the capital's state among its parties, its host ("the
     * Ruritanian minister visited Klow", "the treaty was signed in Klow": Syldavia).
     */
    private static List<String> withHost(
            FactContext context, EventType type, List<String> participants, @Nullable String location) {
        if (location == null || !HOSTED.contains(type)) {
            return participants;
        }
        Optional<String> host = PlaceActors.countryOf(context, location);
        if (host.isEmpty() || participants.contains(host.get())) {
            return participants;
        }
        List<String> withHost = new ArrayList<>(participants);
        withHost.add(host.get());
        return List.copyOf(withHost);
    }

    /**
     * How a trigger tells its happening. An undated verb whose object is a definite common noun ("the talks had been
     * held", "bought these helicopters") retells the latest event of its type; a stage of a system's development
     * ("the system entered service") is a happening of its own however it names the system.
     */
    private static TriggerForm form(FactContext context, EventClause clause, TriggerMatch match, boolean dated) {
        if (match.trigger().verb()) {
            int object = match.object();
            boolean stage = match.trigger().type() == EventType.DEVELOP;
            boolean refers = !stage && !dated && object >= 0 && !isName(context, object) && isDefinite(clause, object);
            return refers ? TriggerForm.REFERRING : TriggerForm.VERB;
        }
        Token noun = clause.token(match.window().last());
        if (dated) {
            return TriggerForm.NOUN;
        }
        if (NounActors.hasOwnActor(context, noun) || WitnessedNouns.witnessed(context.text(), noun)) {
            return TriggerForm.OWNED;
        }
        if (isDefinite(clause, match.window().first())) {
            return TriggerForm.ANAPHOR;
        }
        return TriggerForm.NOUN;
    }

    /** "the exercise", "these joint drills": a noun after a definite determiner and its modifiers. */
    private static boolean isDefinite(EventClause clause, int first) {
        for (int k = first - 1; k >= clause.sentenceFirst() && first - k <= DETERMINER_REACH; k--) {
            Token t = clause.token(k);
            if (DEFINITE.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!t.pos().startsWith("JJ")
                    && !t.pos().startsWith("NN")
                    && !t.pos().equals("HYPH")) {
                return false;
            }
        }
        return false;
    }

    /** A title: no verb, and most of its words capitalised. */
    private static boolean isHeading(EventClause clause) {
        int words = 0;
        int capitalised = 0;
        for (int k = clause.sentenceFirst(); k <= clause.sentenceLast(); k++) {
            Token t = clause.token(k);
            if (t.pos().startsWith("VB")) {
                return false;
            }
            if (Character.isLetter(t.text().codePointAt(0))) {
                words++;
                capitalised += t.isCapitalized() ? 1 : 0;
            }
        }
        return capitalised * 2 > words;
    }

    private static boolean isName(FactContext context, int i) {
        return context.at(i).filter(o -> !o.adjective()).isPresent();
    }

    private static boolean partOfSpeechFits(EventClause clause, int i, boolean verb) {
        String pos = clause.token(i).pos();
        if (verb) {
            boolean afterTo =
                    i > clause.sentenceFirst() && clause.token(i - 1).lemma().equals("to");
            return pos.startsWith("VB") || (afterTo && pos.startsWith("NN"));
        }
        return pos.startsWith("NN");
    }

    private static boolean restFits(EventClause clause, EventTrigger trigger, int first, int last) {
        if (last > clause.sentenceLast()) {
            return false;
        }
        for (int k = 1; k < trigger.lemmas().size(); k++) {
            if (!clause.token(first + k)
                    .lemma()
                    .toLowerCase(Locale.ROOT)
                    .equals(trigger.lemmas().get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A noun followed by a common noun is its modifier ("investment projects"), not a happening. */
    private static boolean modifiesNoun(EventClause clause, int last) {
        if (last >= clause.sentenceLast()) {
            return false;
        }
        String pos = clause.token(last + 1).pos();
        return pos.equals("NN") || pos.equals("NNS");
    }

    /** Trigger words between a verb and its object belong to it ("signed a contract to supply"). */
    private static void consume(boolean[] consumed, EventClause clause, TriggerMatch match) {
        int object = match.object();
        if (object < 0) {
            return;
        }
        EventWindow window = match.window();
        int from = Math.min(object, window.first());
        int to = object > window.last() ? Math.min(object + 2, clause.sentenceLast()) : window.last();
        for (int k = from; k <= to; k++) {
            consumed[k - clause.sentenceFirst()] = true;
        }
    }
}

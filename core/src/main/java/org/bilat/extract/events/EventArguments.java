package org.bilat.extract.events;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.text.Gazetteer;
import org.bilat.extract.text.Occurrence;
import org.bilat.extract.time.DatedSpan;
import org.bilat.model.EntityType;
import org.bilat.model.EventType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * Reads a trigger's arguments from its sentence: the actors taking part (named states, organisations and people, and
 * the states behind nationality adjectives and state bodies), the place it happened and its date.
 */
final class EventArguments {
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "to", "from", "near", "into", "on");
    private static final Set<EntityType> THINGS =
            Set.of(EntityType.PRODUCT, EntityType.LAW, EntityType.EVENT, EntityType.FAC, EntityType.PROGRAM);
    private static final int LOOK_BACK = 3;
    /**
     * How many sentences back the actors of an earlier sentence stand in for a verb whose tree names none; further
     * back, only the states carry over (the story's implied actor, not every body named on the way).
     */
    private static final int NEAR_BACK = 1;
    /** How many sentences back a paragraph's time carries to a verb's sentence that names none. */
    private static final int CARRY_BACK = 2;

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private final FactContext context;
    private final EventClause clause;
    private final int sentence;

    EventArguments(FactContext context, EventClause clause, int sentence) {
        this.context = context;
        this.clause = clause;
        this.sentence = sentence;
    }

    /**
     * The actors among the trigger's arguments in its sentence's dependency tree (see {@link EventActors}), with the
     * states they belong to and what the pronouns and definite descriptions among the arguments point back to ("the
     * two countries", "he"). The actors of the sentence stand in when the tree names none; when it names no state, the
     * sentence's states are the implied ones ("the plant was opened in Ruritania's capital").
     */
    List<String> participants(EventWindow window) {
        Set<Integer> arguments = EventActors.argumentTokens(context.text(), window.first(), window.last());
        Set<String> ids = new LinkedHashSet<>();
        for (Occurrence o : context.occurrences(sentence)) {
            if (arguments.contains(o.first()) || arguments.contains(o.last())) {
                addActor(clause, o, ids);
            }
        }
        for (int k : arguments) {
            if (context.at(k).isEmpty()) {
                referents(k, ids);
            }
        }
        if (ids.isEmpty()) {
            ids.addAll(participants(NEAR_BACK));
        }
        if (ids.isEmpty()) {
            ids.addAll(impliedStates());
        }
        if (ids.isEmpty()) {
            placesAsActors(ids);
        } else if (ids.stream().noneMatch(context.actorStates()::isState)) {
            ids.addAll(impliedStates());
        }
        return List.copyOf(ids);
    }

    /**
     * The states of the closest sentence (this one, else one of the few before it) that names any: the state a story
     * implies when an event names only a firm or a body ("the contract with a Bordurian shipyard was signed in May"),
     * even where the sentence just before names only other bodies.
     */
    private List<String> impliedStates() {
        for (int s = sentence; s >= 0 && s >= sentence - LOOK_BACK; s--) {
            EventClause in = s == sentence ? clause : new EventClause(context.text(), s);
            Set<String> ids = new LinkedHashSet<>();
            for (Occurrence o : context.occurrences(s)) {
                addActor(in, o, ids);
            }
            List<String> states =
                    ids.stream().filter(context.actorStates()::isState).toList();
            if (!states.isEmpty()) {
                return states;
            }
        }
        return List.of();
    }

    /** The towns and regions of the sentence, for an event that names no other actor ("the port of X opened"). */
    private void placesAsActors(Set<String> ids) {
        for (Occurrence o : context.occurrences(sentence)) {
            if (PlaceActors.onlyPlace(context, o) && !onlyPlace(clause, o) && !clause.inCitation(o.first())) {
                ids.add(o.id());
            }
        }
    }

    /** What a pronoun or definite description among the arguments points back to ("the company", "he"). */
    private void referents(int k, Set<String> ids) {
        for (String id : References.referents(context, k)) {
            ids.add(id);
            context.actorStates().stateOf(id).ifPresent(ids::add);
        }
    }

    private void addActor(EventClause in, Occurrence o, Set<String> ids) {
        if (o.isActor()
                && !in.inCitation(o.first())
                && !onlyPlace(in, o)
                && !PlaceActors.onlyPlace(context, o)
                && !Datelines.holds(context, o)) {
            ids.add(o.id());
            context.actorStates().stateOf(o.id()).ifPresent(ids::add);
            PlaceActors.countryOf(context, o).ifPresent(ids::add);
        }
    }

    /**
     * The actors of the sentence (of the closest sentence before it that names any, when it names none): its states,
     * organisations and people, the states of its nationality adjectives and state bodies, but not the towns it names
     * as places ("in Nairobi") nor the countries it adds to them in parentheses.
     */
    private List<String> participants(int lookBack) {
        Set<String> ids = new LinkedHashSet<>();
        for (int s = sentence; s >= 0 && s >= sentence - lookBack && ids.isEmpty(); s--) {
            EventClause in = s == sentence ? clause : new EventClause(context.text(), s);
            for (Occurrence o : context.occurrences(s)) {
                addActor(in, o, ids);
            }
        }
        return List.copyOf(ids);
    }

    private boolean onlyPlace(EventClause in, Occurrence o) {
        if (o.type() != EntityType.GPE || o.adjective()) {
            return false;
        }
        int open = in.openParenthesis(o.first());
        if (open > in.sentenceFirst()
                && context.at(open - 1).filter(this::isPlace).isPresent()) {
            return true;
        }
        boolean country =
                context.entity(o.id()).flatMap(e -> GAZETTEER.country(e.name())).isPresent();
        return !country && afterPlaceWord(in, o.first());
    }

    /** The place named after "in", "at", "to" or "from" in the window, or a country visited; null when none. */
    @Nullable
    String location(EventWindow window, boolean verb) {
        int start = clause.clauseStart(window.first());
        int end = clause.clauseEnd(window.last());
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Occurrence o : context.occurrences(sentence)) {
            if (o.first() < start
                    || o.last() > end
                    || o.adjective()
                    || !isPlace(o)
                    || clause.inCitation(o.first())
                    || Datelines.holds(context, o)) {
                continue;
            }
            boolean visited = verb && o.first() == window.last() + 1;
            int distance = Math.min(Math.abs(o.first() - window.last()), Math.abs(window.first() - o.last()));
            if ((visited || afterPlaceWord(clause, o.first())) && distance < bestDistance) {
                best = o.id();
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The ids of named things (products, treaties, sites, programmes, named events) in the window. */
    Set<String> things(EventWindow window) {
        Set<String> ids = new LinkedHashSet<>();
        for (Occurrence o : context.occurrences(sentence)) {
            if (THINGS.contains(o.type()) && (window.holds(o.first()) || window.holds(o.last()))) {
                ids.add(o.id());
            }
        }
        return ids;
    }

    /**
     * The dates of the trigger: the nearest dated expression in its clause (else the nearest before it in its
     * sentence, else the nearest after), then any other dates listed after it before the next verb ("in 2011, 2015
     * and 2018"), each a happening of its own. Citations in parentheses and years inside names do not count. Empty when the sentence has none.
     */
    List<String> dates(EventWindow window, EventType type) {
        int end = clause.clauseEnd(window.last());
        List<DatedSpan> spans = context.dates().inSentence(sentence).stream()
                .filter(span -> !clause.inCitation(span.first())
                        && !inName(span)
                        && !isTerm(span)
                        && !later(span)
                        && !Datelines.dates(context, span))
                .toList();
        Optional<DatedSpan> nearest = nearest(spans, window);
        if (nearest.isEmpty()) {
            return undated(window, type).map(List::of).orElse(List.of());
        }
        Set<String> dates = new LinkedHashSet<>();
        dates.add(SinceDates.date(context.text(), nearest.get()));
        for (DatedSpan span : spans) {
            if (span.first() > window.last() && span.last() <= end && !verbBetween(window.last(), span.first())) {
                dates.add(span.date());
            }
        }
        return List.copyOf(dates);
    }

    /**
     * The date of a sentence that names none: the report's day for its own news, else its paragraph's time. A verb in
     * the present perfect reaches up to the report's day, so it never goes on in a past the paragraph set; and a
     * capability built up ("has mastered production") is a state reached over time, not the report's news. A clause
     * in the present ("supplies", "is building") tells an ongoing activity, which takes no past time of its paragraph.
     */
    private Optional<String> undated(EventWindow window, EventType type) {
        Token trigger = context.text().tokens().get(window.first());
        if (NewsTime.presentPerfect(context.text(), trigger)) {
            return type == EventType.DEVELOP
                    ? Optional.empty()
                    : NewsTime.of(context.text(), window.first(), context.documentDate());
        }
        if (PresentTense.holds(context.text(), trigger)) {
            return Optional.empty();
        }
        Optional<String> lead = NewsTime.ofLead(context.text(), window.first(), context.documentDate());
        if (lead.isPresent()) {
            return lead;
        }
        return carriedOver(trigger.pos().startsWith("VB") ? CARRY_BACK : 1);
    }

    /**
     * The last date of the nearest sentence before it in the same paragraph that names one, at most {@code reach}
     * sentences back ("In 2016, X signed ... . The cost is ... . The parties also launched ..."): a sentence without a
     * date of its own goes on in the time its paragraph set. A noun ("it is one of the biggest agreements") only takes
     * the time of the sentence just before: it often comments on the story rather than going on with it. Sources cited
     * in parentheses ("(Agency, June 2, 2015)") date the source, not the story; a sentence that opens by turning back
     * in time ("Earlier, ...") leaves the paragraph's time.
     */
    private Optional<String> carriedOver(int reach) {
        if (TimeConnectives.turnsBack(clause) || TimeConnectives.movesOn(clause)) {
            return Optional.empty();
        }
        for (int s = sentence - 1; s >= 0 && sentence - s <= reach && sameParagraph(s, sentence); s--) {
            EventClause earlier = new EventClause(context.text(), s);
            List<DatedSpan> before = context.dates().inSentence(s).stream()
                    .filter(span -> !inName(span)
                            && !isTerm(span)
                            && !earlier.inCitation(span.first())
                            && !Datelines.dates(context, span))
                    .toList();
            if (!before.isEmpty()) {
                return Optional.of(before.get(before.size() - 1).date());
            }
        }
        return Optional.empty();
    }

    private boolean sameParagraph(int previous, int next) {
        AnnotatedText text = context.text();
        int from = text.tokens().get(text.sentenceEnd(previous) - 1).end();
        int to = text.tokens().get(text.sentenceStarts().get(next)).begin();
        return text.text().substring(from, to).indexOf('\n') < 0;
    }

    /** The span nearest the trigger in its clause, else the nearest before it, else the nearest after it. */
    private Optional<DatedSpan> nearest(List<DatedSpan> spans, EventWindow window) {
        int start = clause.clauseStart(window.first());
        int end = clause.clauseEnd(window.last());
        DatedSpan best = null;
        int bestScore = Integer.MAX_VALUE;
        for (DatedSpan span : spans) {
            boolean inClause = span.first() >= start && span.last() <= end;
            boolean before = span.last() < window.first();
            int distance = before ? window.first() - span.last() : Math.max(0, span.first() - window.last());
            int score = inClause ? distance : (before ? 1000 : 2000) + distance;
            if (score < bestScore) {
                best = span;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A date that starts after the document's: what the text plans for it, not when anything happened. */
    private boolean later(DatedSpan span) {
        String documentDate = context.documentDate();
        if (documentDate == null) {
            return false;
        }
        Optional<LocalDate[]> document = EventMerger.range(documentDate);
        Optional<LocalDate[]> date = EventMerger.range(span.date());
        return document.isPresent() && date.isPresent() && date.get()[0].isAfter(document.get()[1]);
    }

    /** "Union Shield 2017", "Milex-2017": a year that is part of a name dates nothing. */
    private boolean inName(DatedSpan span) {
        for (int k = span.first(); k <= span.last(); k++) {
            if (context.at(k).filter(o -> !o.adjective()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** "a programme for 2021-2023", "the plan for 2020": a period marked by "for" is a thing's term, not a time it happened. */
    private boolean isTerm(DatedSpan span) {
        for (int k = span.first(); k <= span.last(); k++) {
            if (context.text()
                    .caseMarker(context.text().tokens().get(k))
                    .filter("for"::equals)
                    .isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a date stands among the trigger's arguments after it ("the invasion of X in 2022"). */
    boolean datedPhrase(EventWindow window) {
        for (DatedSpan span : context.dates().inSentence(sentence)) {
            if (span.first() > window.last() && span.last() <= window.to() && !inName(span)) {
                return true;
            }
        }
        return false;
    }

    private boolean verbBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            Token t = clause.token(k);
            if (t.pos().startsWith("VB") && !t.isCapitalized() && context.at(k).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private boolean isPlace(Occurrence o) {
        return o.type() == EntityType.GPE || o.type() == EntityType.LOC || o.type() == EntityType.FAC;
    }

    private static boolean afterPlaceWord(EventClause in, int first) {
        for (int k = first - 1; k >= in.sentenceFirst() && k >= first - 3; k--) {
            String word = in.token(k).text().toLowerCase(Locale.ROOT);
            if (PLACE_WORDS.contains(word)) {
                return true;
            }
            if (!in.token(k).pos().equals("DT") && !in.token(k).pos().startsWith("JJ")) {
                return word.equals("of") && k >= 1 && in.token(k - 1).lemma().equals("territory");
            }
        }
        return false;
    }
}

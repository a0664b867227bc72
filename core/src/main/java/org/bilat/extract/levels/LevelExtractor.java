package org.bilat.extract.levels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.text.Ladder;
import org.bilat.extract.time.DatedSpan;
import org.bilat.model.EntityType;
import org.bilat.model.Evidence;
import org.bilat.model.Level;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Finds the relationship levels a document states: each label on the partnership ladder with its two states, the date
 * it was declared, whether an official act declared it, and the clause that says so. A document that names one level
 * of one pair several times gives it once (see {@link LevelMerge}).
 */
public final class LevelExtractor {
    private final Ladder ladder = Ladder.load();

    public List<Level> extract(FactContext context, List<String> warnings) {
        List<Level> found = new ArrayList<>();
        LevelPhrases phrases = new LevelPhrases(context, ladder);
        LevelStates states = new LevelStates(context);
        Declaration declaration = new Declaration(context);
        for (int s = 0; s < context.text().sentenceCount(); s++) {
            for (LevelPhrase phrase : phrases.inSentence(s)) {
                try {
                    level(context, phrase, states, declaration).ifPresent(found::add);
                } catch (RuntimeException e) {
                    warnings.add("levels: token " + phrase.head().index() + " skipped after " + e);
                }
            }
        }
        return LevelMerge.merge(found);
    }

    private Optional<Level> level(
            FactContext context, LevelPhrase phrase, LevelStates states, Declaration declaration) {
        Token head = phrase.head();
        boolean allyOnly = ladder.needsNoModifier(head.lemma());
        if (allyOnly && (!states.sentenceNamesAState(head) || ofPerson(context, head))) {
            return Optional.empty();
        }
        Optional<List<String>> pair = states.of(head);
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        Optional<DatedSpan> date = declaration.date(head);
        Evidence evidence = evidence(context.text(), phrase, date, declaration);
        return Optional.of(new Level(
                pair.get(),
                phrase.label(),
                phrase.rank(),
                date.map(DatedSpan::date).orElse(null),
                declaration.formal(head),
                evidence));
    }

    /** "an ally of the President", "Lukashenko's closest ally": a person's ally, not a state's. */
    private static boolean ofPerson(FactContext context, Token head) {
        for (Token t : context.text().dependents(head, "nmod")) {
            if (context.at(t.index()).filter(o -> o.type() == EntityType.PERSON).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The smallest clause around the label, stretched to take in its date. */
    private static Evidence evidence(
            AnnotatedText text, LevelPhrase phrase, Optional<DatedSpan> date, Declaration declaration) {
        Token clause = phrase.head();
        for (Token up : declaration.ancestors(phrase.head())) {
            clause = up;
            if (up.pos().startsWith("VB")) {
                break;
            }
        }
        int[] span = text.subtreeSpan(clause);
        int first = Math.min(span[0], phrase.first());
        int last = Math.max(span[1], phrase.head().index());
        if (date.isPresent()) {
            first = Math.min(first, date.get().first());
            last = Math.max(last, date.get().last());
        }
        int start = text.tokens().get(first).begin();
        int end = text.tokens().get(last).end();
        return Evidence.of(text.text(), start, end);
    }
}

package org.bilat.extract.levels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.text.Ladder;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Finds the noun phrases that name a relationship level: a common noun the ladder accepts as a head ("partnership",
 * "relations", "ties", "friendship", "brothers", "ally", "alliance") with the modifiers written before it, when the
 * ladder puts the whole on a rung. Left out: a head inside a name ("Eastern Partnership", "Treaty of Friendship") or
 * modifying another noun ("partnership programme"), and modifiers that describe rather than name ("an increasingly
 * comprehensive partnership": an adjective with an adverb of degree is praise, not a label).
 */
final class LevelPhrases {
    /** Dependency relations of the words that can stand in a label before its head. */
    private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:npmod", "advmod", "obl:npmod");
    /** Nouns a label may modify and still name the level: "raised ties to the strategic partnership level". */
    private static final Set<String> LEVEL_NOUNS = Set.of("level", "status", "stage", "height");

    private final FactContext context;
    private final Ladder ladder;

    LevelPhrases(FactContext context, Ladder ladder) {
        this.context = context;
        this.ladder = ladder;
    }

    /** The level phrases of sentence {@code s}, in text order. */
    List<LevelPhrase> inSentence(int s) {
        List<LevelPhrase> found = new ArrayList<>();
        for (Token t : context.text().sentence(s)) {
            if (isHead(t)) {
                phrase(t).ifPresent(found::add);
            }
        }
        return found;
    }

    private boolean isHead(Token t) {
        return t.pos().startsWith("NN")
                && ladder.isHead(t.lemma())
                && (!t.dep().equals("compound") || levelNoun(t).isPresent())
                && context.at(t.index()).filter(o -> o.type() != EntityType.GPE).isEmpty();
    }

    /** The noun a label modifies as a compound when that noun names the level itself ("partnership level"). */
    private Optional<Token> levelNoun(Token head) {
        return context.text()
                .governor(head)
                .filter(g -> head.dep().equals("compound")
                        && g.index() == head.index() + 1
                        && LEVEL_NOUNS.contains(g.lemma().toLowerCase(Locale.ROOT)));
    }

    private Optional<LevelPhrase> phrase(Token head) {
        AnnotatedText text = context.text();
        Token top = levelNoun(head).orElse(head);
        int first = head.index();
        int start = text.sentenceStarts().get(head.sentence());
        while (first - 1 >= start && (inLabel(top, head, text.tokens().get(first - 1)) || joinedByHyphen(first))) {
            first--;
        }
        if (describes(head, first)) {
            return Optional.empty();
        }
        String label = text.span(first, head.index())
                .replaceAll("[\"“”«»]", "")
                .replaceAll("\\s+", " ")
                .replaceAll("^[-‐‑–—\\s]+", "")
                .strip();
        if (head.isProperNoun() && !isCapitalisedLabel(label)) {
            return Optional.empty();
        }
        OptionalInt rank = ladder.rank(head.lemma(), Ladder.words(label));
        return rank.isPresent() ? Optional.of(new LevelPhrase(head, first, label, rank.getAsInt())) : Optional.empty();
    }

    /**
     * "Comprehensive Strategic Partnership", "Iron Brothers": a label written in capitals, whose words before the head
     * are all modifiers of the ladder; a name such as "Eastern Partnership" has a word the ladder does not know.
     */
    private boolean isCapitalisedLabel(String label) {
        List<String> words = Ladder.wordsInOrder(label);
        return words.size() >= 2 && words.subList(0, words.size() - 1).stream().allMatch(ladder::isModifierWord);
    }

    /**
     * Whether a word before the head belongs to the label: a modifier of it (or of the level noun {@code top} the head
     * modifies) that is not a state's name or an article.
     */
    private boolean inLabel(Token top, Token head, Token word) {
        if (!context.text().dominates(top, word) || isState(word)) {
            return false;
        }
        if (word.pos().equals("HYPH") || word.text().equals("-")) {
            return true;
        }
        return (MODIFIERS.contains(word.dep()) || isInsideModifier(top, head, word))
                && !word.pos().equals("DT")
                && !word.pos().startsWith("PRP")
                && !word.pos().equals("POS")
                && !word.pos().equals("CD");
    }

    /** Whether the label so far starts with a hyphen, so the word before it is the first half of its compound. */
    private boolean joinedByHyphen(int first) {
        Token t = context.text().tokens().get(first);
        return (t.pos().equals("HYPH") || t.text().equals("-"))
                && !isState(context.text().tokens().get(first - 1));
    }

    /** A word under one of the head's modifiers ("all" in a split "all - weather"). */
    private boolean isInsideModifier(Token top, Token head, Token word) {
        Optional<Token> governor = context.text().governor(word);
        return governor.isPresent()
                && governor.get().index() != head.index()
                && governor.get().index() != top.index()
                && governor.get().index() < head.index()
                && !word.dep().equals("det")
                && !word.dep().startsWith("nmod:poss");
    }

    private boolean isState(Token word) {
        Optional<Occurrence> at = context.at(word.index());
        return at.isPresent() && at.get().type() == EntityType.GPE;
    }

    /** Whether the word at {@code i} is the first half of a hyphenated compound ("all-round", split by the tokenizer). */
    private boolean hyphenFollows(int i, Token head) {
        Token next = context.text().tokens().get(i + 1);
        return i + 1 < head.index() && (next.pos().equals("HYPH") || next.text().equals("-"));
    }

    /** An adjective of the label graded by an adverb ("increasingly comprehensive", "very strategic"). */
    private boolean describes(Token head, int first) {
        for (int i = first; i < head.index(); i++) {
            Token t = context.text().tokens().get(i);
            if (t.pos().startsWith("RB")
                    && t.dep().equals("advmod")
                    && !t.text().contains("-")
                    && !hyphenFollows(i, head)) {
                Optional<Token> graded = context.text().governor(t);
                if (graded.isPresent() && graded.get().pos().startsWith("JJ")) {
                    return true;
                }
            }
        }
        return false;
    }
}

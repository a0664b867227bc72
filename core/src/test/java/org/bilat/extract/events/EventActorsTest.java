package org.bilat.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;
import org.junit.jupiter.api.Test;

class EventActorsTest {
    /** A one-sentence text from "word/POS/head/relation" items (head -1 for the root). */
    private static AnnotatedText parsed(String... items) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            String[] parts = items[i].split("/", -1);
            int begin = text.length();
            text.append(parts[0]).append(' ');
            tokens.add(new Token(
                    i,
                    0,
                    parts[0],
                    parts[0],
                    parts[1],
                    "O",
                    begin,
                    begin + parts[0].length(),
                    Integer.parseInt(parts[2]),
                    parts[3]));
        }
        return new AnnotatedText(text.toString(), tokens, List.of(0));
    }

    @Test
    void aVerbsArgumentsAreItsSubjectAndObliqueButNotARelativeClauseInsideThem() {
        AnnotatedText text = parsed(
                "Chile/NNP/1/nsubj",
                "signed/VBD/-1/root",
                "a/DT/3/det",
                "deal/NN/1/obj",
                "with/IN/5/case",
                "Norway/NNP/1/obl",
                "which/WDT/8/obj",
                "Peru/NNP/8/nsubj",
                "opposed/VBD/5/acl:relcl");

        assertThat(EventActors.argumentTokens(text, 1, 1)).contains(0, 3, 5).doesNotContain(7);
    }

    @Test
    void aNounThatAVerbGovernsTakesTheVerbsSubject() {
        AnnotatedText text = parsed(
                "Kenya/NNP/1/nsubj",
                "hosted/VBD/-1/root",
                "an/DT/3/det",
                "exercise/NN/1/obj",
                "with/IN/5/case",
                "Chile/NNP/3/nmod");

        assertThat(EventActors.argumentTokens(text, 3, 3)).contains(0, 5);
    }

    @Test
    void aParticipleModifyingANounReadsTheNounAndItsAgent() {
        AnnotatedText text = parsed(
                "the/DT/1/det", "contract/NN/-1/root", "signed/VBN/1/acl", "by/IN/4/case", "Estonia/NNP/2/obl:agent");

        assertThat(EventActors.argumentTokens(text, 2, 2)).contains(1, 4);
    }

    @Test
    void anUnparsedSentenceGivesNoArguments() {
        AnnotatedText text = parsed("Chile/NNP/-1/", "signed/VBD/-1/", "it/PRP/-1/");

        assertThat(EventActors.argumentTokens(text, 1, 1)).isEmpty();
    }

    @Test
    void aCommonNounCoordinatedWithTheArgumentIsAnotherThingWithItsOwnActors() {
        AnnotatedText text = parsed(
                "the/DT/1/det",
                "suppression/NN/-1/root",
                "of/IN/3/case",
                "protests/NNS/1/nmod",
                "and/CC/5/cc",
                "involvement/NN/3/conj",
                "of/IN/7/case",
                "Chile/NNP/5/nmod");

        assertThat(EventActors.argumentTokens(text, 1, 1)).contains(3).doesNotContain(7);
    }

    @Test
    void aNounWithANamedPossessorDoesNotTakeItsGovernorsSubject() {
        AnnotatedText text = parsed(
                "after/IN/3/case",
                "Chile/NNP/3/nmod:poss",
                "'s/POS/1/case",
                "invasion/NN/8/obl",
                "of/IN/5/case",
                "Peru/NNP/3/nmod",
                ",/,/8/punct",
                "exports/NNS/8/nsubj",
                "grew/VBD/-1/root");

        assertThat(EventActors.argumentTokens(text, 3, 3)).contains(1, 5).doesNotContain(7);
    }

    @Test
    void aParticipleDeeperInsideAnArgumentTellsAnotherHappening() {
        AnnotatedText text = parsed(
                "Chile/NNP/1/nsubj",
                "rehearsed/VBD/-1/root",
                "an/DT/3/det",
                "attack/NN/1/obj",
                "of/IN/5/case",
                "rebels/NNS/3/nmod",
                "coming/VBG/5/acl",
                "from/IN/8/case",
                "Peru/NNP/6/obl");

        assertThat(EventActors.argumentTokens(text, 1, 1)).contains(0, 3, 5).doesNotContain(8);
    }

    @Test
    void aParticipleOnTheArgumentItselfTellsItsActor() {
        AnnotatedText text = parsed(
                "a/DT/1/det",
                "delegation/NN/2/nsubj",
                "visited/VBD/-1/root",
                "Chile/NNP/2/obj",
                "led/VBN/1/acl",
                "by/IN/6/case",
                "Peru/NNP/4/obl:agent");

        assertThat(EventActors.argumentTokens(text, 2, 2)).contains(1, 3, 6);
    }
}

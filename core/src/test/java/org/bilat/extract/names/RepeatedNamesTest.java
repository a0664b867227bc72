package org.bilat.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;
import org.junit.jupiter.api.Test;

class RepeatedNamesTest {
    @Test
    void findsANameAgainWhereTheTaggerReadItAsACommonNoun() {
        AnnotatedText text = text("Kestrel/NNP rifle/NN entered/VBD service/NN ./. The/DT Kestrel/NN failed/VBD ./.");
        Typed first = Typed.of(text.tokens().subList(0, 2), EntityType.PRODUCT, 2, null);

        List<Typed> repeats = RepeatedNames.find(text, List.of(first));

        assertThat(repeats).singleElement().satisfies(t -> {
            assertThat(text.span(t.from(), t.to() - 1)).isEqualTo("Kestrel");
            assertThat(t.type()).isEqualTo(EntityType.PRODUCT);
        });
    }

    @Test
    void readsAProductsHyphenatedVariantAsAProductOfItsOwn() {
        AnnotatedText text = text("Kestrel/NNP rifle/NN ./. The/DT Kestrel/NN -/HYPH M/NN shoots/VBZ ./.");
        Typed first = Typed.of(text.tokens().subList(0, 2), EntityType.PRODUCT, 2, null);

        List<Typed> repeats = RepeatedNames.find(text, List.of(first));

        assertThat(repeats)
                .singleElement()
                .satisfies(t -> assertThat(text.span(t.from(), t.to() - 1)).isEqualTo("Kestrel-M"));
    }

    @Test
    void leavesWordsThatAreOnlyPartOfALongerName() {
        AnnotatedText text = text("Orion/NNP said/VBD ./. Orion/NNP Bank/NNP said/VBD ./.");
        Typed first = Typed.of(text.tokens().subList(0, 1), EntityType.ORG, 1, null);

        assertThat(RepeatedNames.find(text, List.of(first))).isEmpty();
    }

    @Test
    void leavesAStateAdjectiveCutFromABodysNameAlone() {
        AnnotatedText text = text("Estonian/JJ border/NN guards/NNS said/VBD ./. Estonian/JJ firms/NNS grew/VBD ./.");
        Typed guards = Typed.of(text.tokens().subList(0, 3), EntityType.ORG, 3, "Estonia border guards");

        assertThat(RepeatedNames.find(text, List.of(guards))).isEmpty();
    }

    /** Tokens written {@code word/TAG}, joined by spaces, except a hyphen and what follows it, which are glued on. */
    private static AnnotatedText text(String tagged) {
        StringBuilder written = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>(List.of(0));
        int sentence = 0;
        boolean glue = false;
        for (String pair : tagged.split(" ", -1)) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            boolean hyphen = word.equals("-");
            if (written.length() > 0 && !hyphen && !glue) {
                written.append(' ');
            }
            int begin = written.length();
            written.append(word);
            tokens.add(new Token(
                    tokens.size(), sentence, word, word, pair.substring(slash + 1), "O", begin, written.length()));
            glue = hyphen;
            if (word.equals(".")) {
                sentence++;
                starts.add(tokens.size());
            }
        }
        starts.remove(starts.size() - 1);
        return new AnnotatedText(written.toString(), tokens, starts);
    }
}

package org.bilat.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternedTagsTest {
    private static final PatternedTags TAGS = new PatternedTags(List.of(
            PatternedTags.Entry.of(new String[] {"Bord\\.?", "STATE_OR_PROVINCE", "MISC", "1"}, false),
            PatternedTags.Entry.of(new String[] {"field marshal\\.?", "TITLE", "MISC", "1"}, true),
            PatternedTags.Entry.of(new String[] {"field", "TITLE", "MISC", "1"}, true),
            PatternedTags.Entry.of(new String[] {"[a-z]+@[a-z]+\\.org", "EMAIL", "MISC", "1"}, true)));

    private static List<CoreLabel> sentence(String... wordTagNer) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String triple : wordTagNer) {
            String[] parts = triple.split("/", -1);
            CoreLabel label = new CoreLabel();
            label.setWord(parts[0]);
            label.setTag(parts[1]);
            label.setNER(parts[2]);
            tokens.add(label);
        }
        return tokens;
    }

    private static List<String> tagged(List<CoreLabel> tokens) {
        TAGS.tag(tokens);
        return tokens.stream().map(CoreLabel::ner).toList();
    }

    @Test
    void theLongestFormOfACaseBlindEntryWins() {
        assertThat(tagged(sentence("Field/NNP/O", "Marshal./NNP/O", "Plekszy/NNP/PERSON")))
                .containsExactly("TITLE", "TITLE", "PERSON");
    }

    @Test
    void aCasedEntryNeedsItsCase() {
        assertThat(tagged(sentence("in/IN/O", "Bord./NNP/O"))).containsExactly("O", "STATE_OR_PROVINCE");
        assertThat(tagged(sentence("in/IN/O", "BORD/NNP/O"))).containsExactly("O", "O");
    }

    @Test
    void aCaseBlindEntryNeedsANounOrAdjective() {
        assertThat(tagged(sentence("field/VB/O"))).containsExactly("O");
    }

    @Test
    void entriesWithEndlessFormsAreTriedWordByWord() {
        assertThat(tagged(sentence("write/VB/O", "desk@embassy.org/NN/O"))).containsExactly("O", "EMAIL");
    }

    @Test
    void aNameAlreadyFoundIsNotOverwritten() {
        assertThat(tagged(sentence("Bord/NNP/ORGANIZATION", "Trust/NNP/ORGANIZATION")))
                .containsExactly("ORGANIZATION", "ORGANIZATION");
    }
}

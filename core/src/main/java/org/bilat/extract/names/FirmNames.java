package org.bilat.extract.names;

import java.util.List;
import java.util.Optional;
import org.bilat.extract.text.Gazetteer;
import org.bilat.extract.text.Lexicon;
import org.bilat.model.EntityType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Companies CoreNLP tags PERSON: an unfamiliar firm's name looks to it like a person's, but its surroundings say
 * otherwise ("the state corporation Quorvath", "Quorvath (Ruritania)"). A lone word no title goes with is as often
 * a well-known leader's surname, so that alone says nothing.
 */
final class FirmNames {
    private final ClassNouns classNouns;
    private final Gazetteer gazetteer;

    FirmNames(ClassNouns classNouns, Gazetteer gazetteer) {
        this.classNouns = classNouns;
        this.gazetteer = gazetteer;
    }

    /** An organisation where CoreNLP calls {@code tokens} a person but the context names a firm. */
    Optional<Typed> firm(AnnotatedText text, List<Token> tokens) {
        boolean person = tokens.stream().allMatch(t -> t.ner().equals("PERSON"));
        boolean firm = person
                && (afterOrgNoun(text, tokens.get(0).index())
                        || beforeBracketedCountry(
                                text, tokens.get(tokens.size() - 1).index()));
        return firm ? Optional.of(Typed.of(tokens, EntityType.ORG, 1, null)) : Optional.empty();
    }

    /** "the nuclear corporation Quorvath", "the company Quorvath": an organisation's class noun in lower case before. */
    private boolean afterOrgNoun(AnnotatedText text, int first) {
        if (first < 1) {
            return false;
        }
        Token before = text.tokens().get(first - 1);
        Optional<ClassNouns.Hit> hit = classNouns.endingAt(List.of(Lexicon.lower(before.text())), 1);
        return !before.isCapitalized() && hit.isPresent() && hit.get().type() == EntityType.ORG;
    }

    /** "Quorvath (Ruritania)": people are not listed with a country in brackets, contractors are. */
    private boolean beforeBracketedCountry(AnnotatedText text, int last) {
        List<Token> all = text.tokens();
        return last + 3 < all.size()
                && all.get(last + 1).text().matches("\\(|-LRB-")
                && all.get(last + 3).text().matches("\\)|-RRB-")
                && gazetteer.country(all.get(last + 2).text()).isPresent();
    }
}

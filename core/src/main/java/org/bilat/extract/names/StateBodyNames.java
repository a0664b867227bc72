package org.bilat.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilat.extract.text.Gazetteer;
import org.bilat.extract.text.Lexicon;
import org.bilat.model.EntityType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/** Bodies of a state named through the state: "Belarusian army", "Armed Forces of the Republic of Belarus". */
final class StateBodyNames {
    private final Gazetteer gazetteer;
    private final StateBodies bodies;

    StateBodyNames(Gazetteer gazetteer, StateBodies bodies) {
        this.gazetteer = gazetteer;
        this.bodies = bodies;
    }

    /**
     * "Belarusian Armed Forces", "Belarusian army", "Ruritania MoD", "Armed Forces of the Republic of Belarus": a body
     * after the state's adjective or one-word name, or with the state in its "of" phrase.
     */
    Optional<Typed> byStateBody(AnnotatedText text, List<Token> tokens) {
        Optional<Gazetteer.Country> state = gazetteer
                .byDemonym(tokens.get(0).text())
                .or(() -> gazetteer.country(tokens.get(0).text()));
        if (state.isPresent()) {
            List<String> words =
                    lowerWords(text, tokens.get(0).index() + 1, tokens.get(0).index() + 8);
            Optional<StateBodies.Body> body = bodies.startingAt(words, 0);
            if (body.isPresent()) {
                int to = tokens.get(0).index() + 1 + body.get().words();
                to = placeAfter(text, to, tokens.get(0).sentence());
                String canonical = state.get().name() + " " + body.get().name();
                Token last = text.tokens().get(to - 1);
                return Optional.of(new Typed(
                        tokens.get(0).index(), to, tokens.get(0).begin(), last.end(), EntityType.ORG, 3, canonical));
            }
            return Optional.empty();
        }
        return bodyOfState(tokens);
    }

    /**
     * "Borduria's Foreign Ministry", "the Syldavia government": a state's name, with or without "'s", then one of its
     * bodies names that body (SCHEMA: a government or ministry named through its state is an ORG).
     */
    Optional<Typed> afterState(AnnotatedText text, Typed state) {
        String stateName = state.canonical();
        if (state.type() != EntityType.GPE
                || stateName == null
                || state.to() >= text.tokens().size()) {
            return Optional.empty();
        }
        Optional<Gazetteer.Country> country = gazetteer.country(stateName);
        String next = text.tokens().get(state.to()).text();
        int from = next.equals("'s") || next.equals("’s") ? state.to() + 1 : state.to();
        if (country.isEmpty() || from >= text.tokens().size()) {
            return Optional.empty();
        }
        List<String> words = lowerWords(text, from, from + 6);
        Optional<StateBodies.Body> body = bodies.startingAt(words, 0);
        if (body.isEmpty() || words.subList(0, body.get().words()).contains("of")) {
            return Optional.empty();
        }
        int to = placeAfter(
                text, from + body.get().words(), text.tokens().get(from).sentence());
        Token last = text.tokens().get(to - 1);
        String canonical = country.get().name() + " " + body.get().name();
        return Optional.of(new Typed(state.from(), to, state.begin(), last.end(), EntityType.ORG, 3, canonical));
    }

    /** "Chinese Embassy in Belarus": a body's name may go on with "in" and a place. */
    static int placeAfter(AnnotatedText text, int to, int sentence) {
        if (to + 1 < text.tokens().size() && text.tokens().get(to).text().equals("in")) {
            Token place = text.tokens().get(to + 1);
            boolean isPlace = place.ner().equals("COUNTRY") || place.ner().equals("CITY");
            return isPlace && place.sentence() == sentence ? to + 2 : to;
        }
        return to;
    }

    Optional<Typed> bodyOfState(List<Token> tokens) {
        List<String> words = tokens.stream().map(t -> Lexicon.lower(t.text())).toList();
        int of = words.indexOf("of");
        if (of < 1) {
            return Optional.empty();
        }
        Optional<StateBodies.Body> body = bodies.startingAt(words.subList(0, of), 0);
        int rest = words.get(of + 1).equals("the") ? of + 2 : of + 1;
        String place = String.join(" ", words.subList(rest, words.size()));
        Optional<Gazetteer.Country> state = gazetteer.country(place);
        if (body.isEmpty() || body.get().words() != of || state.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Typed.of(
                tokens, EntityType.ORG, 3, state.get().name() + " " + body.get().name()));
    }

    static List<String> lowerWords(AnnotatedText text, int from, int to) {
        int sentence = text.tokens().get(from - 1).sentence();
        List<String> words = new ArrayList<>();
        for (int i = from;
                i < Math.min(to, text.tokens().size()) && text.tokens().get(i).sentence() == sentence;
                i++) {
            words.add(Lexicon.lower(text.tokens().get(i).text()));
        }
        return words;
    }
}

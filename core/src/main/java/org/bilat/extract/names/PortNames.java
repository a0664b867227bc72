package org.bilat.extract.names;

import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.Lexicon;
import org.bilat.model.EntityType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/** Ports named after their town, "the port of Klow" and "Klow port" alike, under one standard name "Port of Klow". */
final class PortNames {
    /** Nouns that name a harbour site after the town it serves. */
    private static final Set<String> PORTS = Set.of("port", "seaport", "harbour", "harbor");

    private PortNames() {}

    /** "the Black Sea port of Klow": a port noun and "of" right before a place's name. */
    static Optional<Typed> portOf(AnnotatedText text, Typed place) {
        if (place.type() != EntityType.GPE || place.from() < 2) {
            return Optional.empty();
        }
        Token of = text.tokens().get(place.from() - 1);
        Token port = text.tokens().get(place.from() - 2);
        if (!of.text().equals("of") || !isPortNoun(port) || port.sentence() != of.sentence()) {
            return Optional.empty();
        }
        String town = text.text().substring(place.begin(), place.end());
        return Optional.of(
                new Typed(port.index(), place.to(), port.begin(), place.end(), EntityType.FAC, 2, standardName(town)));
    }

    /** "Klow port" (a site typed by the port noun after it) gets the standard name of the port of Klow. */
    static Typed named(AnnotatedText text, Typed site, Typed place) {
        Token last = text.tokens().get(site.to() - 1);
        if (place.to() + 1 != site.to() || !isPortNoun(last)) {
            return site;
        }
        String town = text.text().substring(place.begin(), place.end());
        return new Typed(
                site.from(), site.to(), site.begin(), site.end(), site.type(), site.strength(), standardName(town));
    }

    private static boolean isPortNoun(Token t) {
        return PORTS.contains(Lexicon.lower(t.text())) && !t.isCapitalized();
    }

    private static String standardName(String town) {
        return "Port of " + town;
    }
}

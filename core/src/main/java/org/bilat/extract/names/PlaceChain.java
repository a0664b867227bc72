package org.bilat.extract.names;

import java.util.ArrayList;
import java.util.List;
import org.bilat.nlp.Token;

/** The stops of a route written with hyphens, dashes, slashes and "and" between them ("Klow-Dbar and Dbar-Orsk"). */
final class PlaceChain {
    private PlaceChain() {}

    /** The runs of tokens between separators; empty when the tokens hold no hyphen or dash at all. */
    static List<List<Token>> stops(List<Token> tokens) {
        if (tokens.stream().noneMatch(t -> t.text().matches("[-–]"))) {
            return List.of();
        }
        List<List<Token>> stops = new ArrayList<>();
        List<Token> stop = new ArrayList<>();
        for (Token t : tokens) {
            if (t.text().matches("[-–/]|and")) {
                if (stop.isEmpty()) {
                    return List.of();
                }
                stops.add(stop);
                stop = new ArrayList<>();
            } else {
                stop.add(t);
            }
        }
        if (stop.isEmpty()) {
            return List.of();
        }
        stops.add(stop);
        return stops;
    }

    static String text(List<Token> stop) {
        return String.join(" ", stop.stream().map(Token::text).toList());
    }
}

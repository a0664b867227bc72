package org.bilat.extract.names;

import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * A name found over a token range with its type, how sure the rule that typed it is, and the standard name that
 * reference knowledge gives for it.
 *
 * @param to token index just past the name
 * @param end character offset just past the name (a trailing class noun phrase may reach past the last name token)
 * @param strength 3 reference knowledge, 2 a class noun, 1 a pattern or CoreNLP's class
 */
record Typed(
        int from,
        int to,
        int begin,
        int end,
        EntityType type,
        int strength,
        @Nullable String canonical) {

    /** The name over a run of tokens. */
    static Typed of(List<Token> tokens, EntityType type, int strength, @Nullable String canonical) {
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        return new Typed(first.index(), last.index() + 1, first.begin(), last.end(), type, strength, canonical);
    }
}

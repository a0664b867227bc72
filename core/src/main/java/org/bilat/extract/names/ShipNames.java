package org.bilat.extract.names;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilat.model.EntityType;
import org.bilat.nlp.Token;

/** Ships named with a navy's prefix ("HMS Klow", "INS Dbar"): a vessel is a product, whatever its name says. */
final class ShipNames {
    /** Ship prefixes of navies and coast guards, as the usual lists of ship prefixes give them. */
    private static final Set<String> PREFIXES = Set.of(
            "HMS", "USS", "USNS", "USCGC", "INS", "HMAS", "HMCS", "HMNZS", "PNS", "BNS", "KRI", "BRP", "ROKS", "TCG",
            "ARA", "BAP", "NNS", "SLNS", "HTMS", "RSS", "HNLMS", "HDMS", "HNoMS", "HSwMS", "ESPS", "FGS", "RFS", "ORP",
            "NRP", "HMSAS", "MV");

    private ShipNames() {}

    /** A ship's name: a prefix, then capitalised words. */
    static Optional<Typed> ship(List<Token> tokens) {
        if (tokens.size() < 2 || !PREFIXES.contains(tokens.get(0).text())) {
            return Optional.empty();
        }
        boolean named = tokens.subList(1, tokens.size()).stream()
                .allMatch(t -> t.isCapitalized() || t.text().equals("-"));
        return named ? Optional.of(Typed.of(tokens, EntityType.PRODUCT, 2, null)) : Optional.empty();
    }
}

package org.bilat.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilat.extract.text.Gazetteer;
import org.bilat.extract.text.Lexicon;
import org.bilat.model.EntityType;
import org.bilat.model.StateForms;
import org.bilat.nlp.Token;
import org.jspecify.annotations.Nullable;

/** Names of places and of what is named after them: countries, capitals, hyphenated pairs, wars between states. */
final class PlaceNames {
    /** English combining forms of country names, as in "Sino-Russian" or "Russo-Ukrainian". */
    private static final java.util.Map<String, String> COMBINING_FORMS = java.util.Map.ofEntries(
            java.util.Map.entry("sino", "China"),
            java.util.Map.entry("russo", "Russia"),
            java.util.Map.entry("anglo", "United Kingdom"),
            java.util.Map.entry("franco", "France"),
            java.util.Map.entry("indo", "India"),
            java.util.Map.entry("austro", "Austria"),
            java.util.Map.entry("greco", "Greece"),
            java.util.Map.entry("italo", "Italy"),
            java.util.Map.entry("turco", "Turkey"),
            java.util.Map.entry("germano", "Germany"),
            java.util.Map.entry("hispano", "Spain"),
            java.util.Map.entry("luso", "Portugal"),
            java.util.Map.entry("nippo", "Japan"),
            java.util.Map.entry("serbo", "Serbia"),
            java.util.Map.entry("irano", "Iran"));

    /** Adjectives that name a part of a place by its compass point ("Eastern Siberia"). */
    private static final java.util.Set<String> COMPASS_PARTS = java.util.Set.of(
            "eastern",
            "western",
            "northern",
            "southern",
            "central",
            "north-eastern",
            "north-western",
            "south-eastern",
            "south-western");

    private final Gazetteer gazetteer;
    private final ClassNouns classNouns;

    PlaceNames(Gazetteer gazetteer, ClassNouns classNouns) {
        this.gazetteer = gazetteer;
        this.classNouns = classNouns;
    }

    boolean onlyPlacesOrDemonyms(List<Token> tokens) {
        return tokens.stream()
                .allMatch(t -> t.text().matches("[-–/]")
                        || isDemonymLike(t)
                        || gazetteer.country(t.text()).isPresent()
                        || gazetteer.capitalOf(t.text()).isPresent());
    }

    /** "Russian-Ukrainian war", "Russo-Ukrainian conflict", "Russia–Ukraine war" all name the "Russia–Ukraine war". */
    @Nullable
    String warName(List<Token> tokens) {
        List<String> sides = new ArrayList<>();
        for (Token t : tokens) {
            String w = t.text();
            Optional<Gazetteer.Country> side = gazetteer
                    .country(w)
                    .or(() -> gazetteer.byDemonym(w))
                    .or(() -> gazetteer.capitalOf(w))
                    .or(() -> Optional.ofNullable(COMBINING_FORMS.get(Lexicon.lower(w)))
                            .flatMap(gazetteer::country));
            side.ifPresent(country -> sides.add(country.name()));
        }
        return sides.size() < 2 ? null : String.join("–", sides) + " war";
    }

    boolean isDemonymLike(Token t) {
        return "NATIONALITY".equals(t.ner())
                || gazetteer.byDemonym(t.text()).isPresent()
                || COMBINING_FORMS.containsKey(Lexicon.lower(t.text()));
    }

    boolean onlyDemonyms(List<Token> tokens) {
        return tokens.stream()
                .allMatch(t -> t.text().matches("[-–/]|and|&")
                        || isDemonymLike(t)
                        || (classNouns.isClassNoun(Lexicon.lower(t.text()))
                                && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))));
    }

    Optional<Typed> reference(List<Token> tokens, String name) {
        String bare = ChunkTyper.unquoted(name);
        Optional<Gazetteer.Country> country = gazetteer.country(bare);
        if (country.isPresent()) {
            return Optional.of(Typed.of(tokens, EntityType.GPE, 3, country.get().name()));
        }
        if (gazetteer.capitalOf(bare).isPresent()) {
            return Optional.of(Typed.of(
                    tokens, EntityType.GPE, 3, gazetteer.capitalSpelling(bare).orElse(bare)));
        }
        if (gazetteer.isRegion(bare) || isPartOfRegion(bare)) {
            return Optional.of(Typed.of(tokens, EntityType.LOC, 3, null));
        }
        return gazetteer.organization(bare).map(org -> Typed.of(tokens, EntityType.ORG, 3, org.name()));
    }

    /**
     * "Eastern Zembla Mountains", "the Sahel region", "the Eurasian region": a compass part of a region, or a region
     * (or its adjective) with "region" after it, is a region too.
     */
    boolean isPartOfRegion(String name) {
        String[] words = name.split("\\s+", 2);
        if (words.length == 2 && COMPASS_PARTS.contains(Lexicon.lower(words[0])) && gazetteer.isRegion(words[1])) {
            return true;
        }
        String stem = name.replaceFirst("\\s+[Rr]egion$", "");
        return !stem.equals(name)
                && (gazetteer.isRegion(stem)
                        || gazetteer.isRegion(stem.replaceFirst("n$", ""))
                        || gazetteer.isRegion(stem.replaceFirst("an$", "")));
    }

    /**
     * "the Ruritania Federation", "Federation Ruritania": a state's name (or its adjective) next to a word for a form
     * of state names a political unit, not a body; it is that state where the state's own names use that word.
     */
    Optional<Typed> stateForm(List<Token> tokens) {
        if (tokens.size() != 2) {
            return Optional.empty();
        }
        for (int i = 0; i < 2; i++) {
            String form = Lexicon.lower(tokens.get(i).text());
            String state = tokens.get(1 - i).text();
            Optional<Gazetteer.Country> country = gazetteer.country(state).or(() -> gazetteer.byDemonym(state));
            if (StateForms.isFormWord(form) && country.isPresent()) {
                boolean itself = country.get().otherNames().stream()
                        .anyMatch(n -> List.of(Lexicon.lower(n).split("\\s+")).contains(form));
                return Optional.of(Typed.of(
                        tokens, EntityType.GPE, 2, itself ? country.get().name() : null));
            }
        }
        return Optional.empty();
    }

    /**
     * The places of a hyphenated name; {@code route} when a class noun after it says it is a route or a site named
     * after its stops ("the Klow-Dbar railway").
     */
    List<Typed> hyphenatedPlaces(List<Token> tokens, boolean route) {
        List<Typed> chain = placeChain(tokens, route);
        if (!chain.isEmpty()) {
            return chain;
        }
        List<Typed> places = new ArrayList<>();
        boolean hyphen = tokens.stream().anyMatch(t -> t.text().matches("[-–/]"));
        boolean classNoun = tokens.stream().anyMatch(t -> classNouns.isClassNoun(Lexicon.lower(t.text())));
        for (Token t : tokens) {
            String w = t.text();
            if (w.equals("-") || w.equals("–") || w.equals("/")) {
                continue;
            }
            Optional<Typed> known = reference(List.of(t), w);
            EntityType type = known.map(Typed::type).orElse(EntityType.LOC);
            if (type == EntityType.GPE || (type == EntityType.ORG && hyphen && !classNoun)) {
                places.add(known.get());
            } else if (!isDemonymLike(t) && (!hyphen || classNoun)) {
                return List.of();
            }
        }
        return tokens.size() > 1 ? places : List.of();
    }

    /**
     * A route written as its stops joined by hyphens ("Klow-Dbar-Tesla", "Minsk-Zembla and Zembla-Orsk"): with three
     * stops or more, or two with one a known country or capital before a route's class noun ("the Riga-Zemblov
     * railway"), every stop is a place. Two bare names joined by a hyphen are as often a pair of parties
     * ("Ruritania-Zorbex talks") as a route, so there only the known stops are places. Stops are runs of capitalised
     * words; a class noun or a lower-case word in the run means it is the name of one thing instead.
     * CoreNLP often tags unfamiliar town names PERSON, so its class does not veto a stop.
     */
    private List<Typed> placeChain(List<Token> tokens, boolean routeNamed) {
        List<List<Token>> stops = PlaceChain.stops(tokens);
        if (stops.size() < 2 || stops.stream().flatMap(List::stream).anyMatch(this::notAStopWord)) {
            return List.of();
        }
        List<Typed> places = new ArrayList<>();
        boolean anyKnown = false;
        for (List<Token> stop : stops) {
            String name = PlaceChain.text(stop);
            Optional<Typed> known = reference(stop, name);
            anyKnown |= known.filter(t -> t.type() == EntityType.GPE).isPresent();
            places.add(known.orElse(Typed.of(stop, EntityType.GPE, 2, null)));
        }
        boolean route = stops.size() >= 3 || (anyKnown && routeNamed);
        return route && stops.stream().noneMatch(stop -> stop.stream().anyMatch(this::isDemonymLike))
                ? places
                : List.of();
    }

    private boolean notAStopWord(Token t) {
        return !t.isCapitalized()
                || !t.text().chars().allMatch(Character::isLetter)
                || classNouns.isClassNoun(Lexicon.lower(t.text()));
    }
}

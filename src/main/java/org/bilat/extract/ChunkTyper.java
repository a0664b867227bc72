package org.bilat.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilat.model.EntityType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;
import org.jspecify.annotations.Nullable;

/** Decides what a name chunk names, from reference lists, class nouns, patterns and CoreNLP's classes, in that order. */
final class ChunkTyper {
    private static final int CONTEXT = 4;
    /** Capitalised words that are not names by themselves: compass points, honorifics. */
    private static final java.util.Set<String> GENERIC_CAPITALISED = java.util.Set.of(
            "north",
            "south",
            "east",
            "west",
            "central",
            "eastern",
            "western",
            "northern",
            "southern",
            "mr",
            "mr.",
            "mrs",
            "mrs.",
            "ms",
            "ms.",
            "dr",
            "dr.",
            "sir",
            "madam");
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

    private final Gazetteer gazetteer;
    private final ClassNouns classNouns;
    private final StateBodies bodies;

    ChunkTyper(Gazetteer gazetteer, ClassNouns classNouns, StateBodies bodies) {
        this.gazetteer = gazetteer;
        this.classNouns = classNouns;
        this.bodies = bodies;
    }

    /** The typed names of a chunk: usually one; place names joined by hyphens give one each. */
    List<Typed> type(AnnotatedText text, NameChunker.Range range) {
        List<Token> tokens = trimmed(text, range);
        if (tokens.isEmpty() || (tokens.size() == 1 && notAName(tokens.get(0).text()))) {
            return List.of();
        }
        String name = text.text()
                .substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
        Optional<Typed> region = byFollowingClassNoun(text, tokens).filter(t -> t.type() == EntityType.GPE);
        if (region.isPresent()) {
            return List.of(region.get());
        }
        Optional<Typed> conflict = byFollowingClassNoun(text, tokens).filter(t -> t.type() == EntityType.EVENT);
        if (conflict.isPresent() && onlyPlacesOrDemonyms(tokens) && warName(tokens) != null) {
            Typed t = conflict.get();
            return List.of(new Typed(t.from(), t.to(), t.begin(), t.end(), t.type(), 2, warName(tokens)));
        }
        Optional<Typed> known = reference(tokens, name);
        if (known.isPresent()) {
            return List.of(known.get());
        }
        List<Typed> places = hyphenatedPlaces(tokens);
        if (!places.isEmpty()) {
            return places;
        }
        Optional<Typed> body = byStateBody(text, tokens);
        if (body.isPresent() || onlyDemonyms(tokens)) {
            return body.map(List::of).orElse(List.of());
        }
        Optional<Typed> typed = byYear(tokens, name)
                .or(() -> byHeadNoun(tokens))
                .or(() -> byFollowingClassNoun(text, tokens))
                .or(() -> byPattern(tokens, name))
                .or(() -> byPrecedingClassNoun(text, tokens))
                .or(() -> byNer(tokens))
                .or(() -> byTitleNearby(text, tokens))
                .or(() -> unknownProperName(text, tokens));
        return typed.map(List::of).orElse(List.of());
    }

    /** A lone class noun ("Programme", "UAVs"), currency code or degree is not a name by itself. */
    private boolean notAName(String word) {
        String lower = Lexicon.lower(word);
        return classNouns.isClassNoun(lower)
                || classNouns.isClassNoun(lower.replaceAll("s$", ""))
                || (word.matches("[A-Z]{3}")
                        && java.util.Currency.getAvailableCurrencies().stream()
                                .anyMatch(c -> c.getCurrencyCode().equals(word)))
                || word.matches("PhD|MBA|MSc|BSc|MA|BA|LLM|DSc");
    }

    private boolean onlyPlacesOrDemonyms(List<Token> tokens) {
        return tokens.stream()
                .allMatch(t -> t.text().matches("[-–/]")
                        || isDemonymLike(t)
                        || gazetteer.country(t.text()).isPresent()
                        || gazetteer.capitalOf(t.text()).isPresent());
    }

    /** "Russian-Ukrainian war", "Russo-Ukrainian conflict", "Russia–Ukraine war" all name the "Russia–Ukraine war". */
    private @Nullable String warName(List<Token> tokens) {
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

    private boolean isDemonymLike(Token t) {
        return "NATIONALITY".equals(t.ner())
                || gazetteer.byDemonym(t.text()).isPresent()
                || COMBINING_FORMS.containsKey(Lexicon.lower(t.text()));
    }

    private boolean onlyDemonyms(List<Token> tokens) {
        return tokens.stream()
                .allMatch(t -> t.text().matches("[-–/]|and|&")
                        || isDemonymLike(t)
                        || (classNouns.isClassNoun(Lexicon.lower(t.text()))
                                && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))));
    }

    private static List<Token> trimmed(AnnotatedText text, NameChunker.Range range) {
        List<Token> tokens = new ArrayList<>(text.tokens().subList(range.from(), range.to()));
        while (!tokens.isEmpty() && isDangling(tokens.get(tokens.size() - 1).text())) {
            tokens.remove(tokens.size() - 1);
        }
        return tokens;
    }

    private static boolean isDangling(String word) {
        return word.equals("'s") || word.equals("’s") || word.equals("-") || word.equals(",");
    }

    private Optional<Typed> reference(List<Token> tokens, String name) {
        String bare = unquoted(name);
        Optional<Gazetteer.Country> country = gazetteer.country(bare);
        if (country.isPresent()) {
            return Optional.of(typed(tokens, EntityType.GPE, 3, country.get().name()));
        }
        Optional<Gazetteer.Country> capital = gazetteer.capitalOf(bare);
        if (capital.isPresent()) {
            return Optional.of(typed(tokens, EntityType.GPE, 3, capitalName(capital.get(), bare)));
        }
        if (gazetteer.isRegion(bare)) {
            return Optional.of(typed(tokens, EntityType.LOC, 3, null));
        }
        return gazetteer.organization(bare).map(org -> typed(tokens, EntityType.ORG, 3, org.name()));
    }

    private static String capitalName(Gazetteer.Country country, String surface) {
        return country.capitals().isEmpty() ? surface : country.capitals().get(0);
    }

    private List<Typed> hyphenatedPlaces(List<Token> tokens) {
        List<Typed> places = new ArrayList<>();
        boolean hyphen = tokens.stream().anyMatch(t -> t.text().matches("[-–/]"));
        boolean classNoun = tokens.stream().anyMatch(t -> classNouns.isClassNoun(Lexicon.lower(t.text())));
        for (Token t : tokens) {
            String w = t.text();
            if (w.equals("-") || w.equals("–") || w.equals("/")) {
                continue;
            }
            Optional<Gazetteer.Country> country = gazetteer.country(w);
            if (country.isPresent()) {
                places.add(typed(List.of(t), EntityType.GPE, 3, country.get().name()));
            } else if (gazetteer.capitalOf(w).isPresent()) {
                places.add(typed(
                        List.of(t),
                        EntityType.GPE,
                        3,
                        capitalName(gazetteer.capitalOf(w).get(), w)));
            } else if (hyphen && !classNoun && gazetteer.organization(w).isPresent()) {
                places.add(typed(
                        List.of(t),
                        EntityType.ORG,
                        3,
                        gazetteer.organization(w).get().name()));
            } else if (!isDemonymLike(t) && (!hyphen || classNoun)) {
                return List.of();
            }
        }
        return tokens.size() > 1 ? places : List.of();
    }

    /** "Belarusian Armed Forces", "Belarusian army", "Armed Forces of the Republic of Belarus". */
    private Optional<Typed> byStateBody(AnnotatedText text, List<Token> tokens) {
        Optional<Gazetteer.Country> state = gazetteer.byDemonym(tokens.get(0).text());
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

    /** "Chinese Embassy in Belarus": a body's name may go on with "in" and a place. */
    private static int placeAfter(AnnotatedText text, int to, int sentence) {
        if (to + 1 < text.tokens().size() && text.tokens().get(to).text().equals("in")) {
            Token place = text.tokens().get(to + 1);
            boolean isPlace = place.ner().equals("COUNTRY") || place.ner().equals("CITY");
            return isPlace && place.sentence() == sentence ? to + 2 : to;
        }
        return to;
    }

    private Optional<Typed> bodyOfState(List<Token> tokens) {
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
        return Optional.of(typed(
                tokens, EntityType.ORG, 3, state.get().name() + " " + body.get().name()));
    }

    private Optional<Typed> byHeadNoun(List<Token> tokens) {
        List<String> words = new ArrayList<>();
        for (Token t : tokens) {
            String w = Lexicon.lower(t.text());
            if (w.equals("of") || w.equals("for") || w.equals("under") || w.equals("on")) {
                break;
            }
            words.add(w);
        }
        Optional<ClassNouns.Hit> head = classNouns.head(words);
        if (head.isPresent()
                && head.get().type() == EntityType.EVENT
                && head.get().to() == words.size()) {
            List<Token> sides = tokens.subList(0, head.get().from());
            if (!sides.isEmpty() && onlyPlacesOrDemonyms(sides)) {
                return Optional.of(typed(tokens, EntityType.EVENT, 2, warName(sides)));
            }
        }
        return head.map(hit -> typed(tokens, hit.type(), 2, null));
    }

    /** "Polonez multiple launch rocket system", "Hunting Falcon special operations unit": the name takes the noun. */
    private Optional<Typed> byFollowingClassNoun(AnnotatedText text, List<Token> tokens) {
        int next = tokens.get(tokens.size() - 1).index() + 1;
        List<Token> after = new ArrayList<>();
        for (int i = next; i < text.tokens().size() && after.size() < CONTEXT; i++) {
            Token t = text.tokens().get(i);
            if (t.sentence() != tokens.get(0).sentence() || !followsAsModifier(t)) {
                break;
            }
            after.add(t);
        }
        List<String> words = after.stream().map(t -> Lexicon.lower(t.text())).toList();
        for (int end = words.size(); end >= 1; end--) {
            Optional<ClassNouns.Hit> hit = classNouns.endingAt(words, end);
            if (hit.isPresent()) {
                Token last = after.get(end - 1);
                Token first = tokens.get(0);
                return Optional.of(new Typed(
                        first.index(),
                        last.index() + 1,
                        first.begin(),
                        last.end(),
                        hit.get().type(),
                        2,
                        null));
            }
        }
        return Optional.empty();
    }

    private static boolean followsAsModifier(Token t) {
        String tag = t.pos();
        boolean lowerNoun = !t.isCapitalized() && (tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBG"));
        boolean acronym = t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))
                && t.text().length() >= 3;
        return lowerNoun || acronym || t.text().equals("-");
    }

    /** "United Shield 2017", "Milex-2017": a name with a year names an event, unless a programme ("Strategy 2030"). */
    private Optional<Typed> byYear(List<Token> tokens, String name) {
        if (tokens.size() < 2 || !name.matches(".*[\\s-](19|20)\\d\\d")) {
            return Optional.empty();
        }
        String before = Lexicon.lower(tokens.get(tokens.size() - 2).text());
        Optional<ClassNouns.Hit> hit = classNouns.endingAt(List.of(before), 1);
        boolean plan = hit.isPresent() && hit.get().type() != EntityType.EVENT;
        return plan ? Optional.empty() : Optional.of(typed(tokens, EntityType.EVENT, 1, null));
    }

    private Optional<Typed> byPattern(List<Token> tokens, String name) {
        boolean code = tokens.stream()
                        .anyMatch(t -> NameChunker.isCode(t.text()) && !t.text().matches("\\d+"))
                || NameChunker.isCode(name.replaceAll("[\\s“”\"«»]+", ""));
        return code ? Optional.of(typed(tokens, EntityType.PRODUCT, 1, null)) : Optional.empty();
    }

    /** "exercise “Swift Eagle”", "MLRS “Polonaise”", "the Eagle Assault drills": a class noun just before. */
    private Optional<Typed> byPrecedingClassNoun(AnnotatedText text, List<Token> tokens) {
        int i = tokens.get(0).index() - 1;
        while (i >= 0 && isQuoteOrThe(text.tokens().get(i).text())) {
            i--;
        }
        if (i < 0 || text.tokens().get(i).sentence() != tokens.get(0).sentence()) {
            return Optional.empty();
        }
        String before = Lexicon.lower(text.tokens().get(i).text());
        boolean quoted = isQuoteOrThe(text.tokens().get(tokens.get(0).index()).text())
                || i < tokens.get(0).index() - 1;
        Optional<ClassNouns.Hit> hit = classNouns.endingAt(List.of(before), 1);
        return hit.filter(h -> quoted || h.type() == EntityType.PRODUCT).map(h -> typed(tokens, h.type(), 2, null));
    }

    private static boolean isQuoteOrThe(String word) {
        return word.equals("“") || word.equals("\"") || word.equals("«") || word.equals("the") || word.equals("``");
    }

    private static Optional<Typed> byNer(List<Token> tokens) {
        String ner = tokens.stream()
                .map(Token::ner)
                .filter(n -> !n.equals("O"))
                .findFirst()
                .orElse("O");
        EntityType type = switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORG;
            case "COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION" -> EntityType.GPE;
            default -> null;
        };
        if (type == null && isAcronym(tokens)) {
            type = EntityType.ORG;
        }
        return type == null ? Optional.empty() : Optional.of(typed(tokens, type, 1, null));
    }

    /** "Editor: Jan Kowal", "Jan Kowal, Director of ...": a name next to a title names a person. */
    private static Optional<Typed> byTitleNearby(AnnotatedText text, List<Token> tokens) {
        if (tokens.size() < 2 || tokens.size() > 4 || !tokens.stream().allMatch(Token::isProperNoun)) {
            return Optional.empty();
        }
        int before = tokens.get(0).index() - 1;
        while (before >= 0
                && !Character.isLetterOrDigit(text.tokens().get(before).text().codePointAt(0))) {
            before--;
        }
        int after = tokens.get(tokens.size() - 1).index() + 1;
        boolean titleBefore = before >= 0 && text.tokens().get(before).ner().equals("TITLE");
        boolean titleAfter = after + 1 < text.tokens().size()
                && text.tokens().get(after).text().equals(",")
                && (text.tokens().get(after + 1).ner().equals("TITLE")
                        || text.tokens().get(after + 1).text().equals("PhD"));
        return titleBefore || titleAfter ? Optional.of(typed(tokens, EntityType.PERSON, 1, null)) : Optional.empty();
    }

    /**
     * A run of proper nouns in mid-sentence that nothing else types ("Huawei", "Volat-Santszya") is still a name; in
     * documents about relations between states such names are mostly organisations.
     */
    private static Optional<Typed> unknownProperName(AnnotatedText text, List<Token> tokens) {
        boolean midSentence = !text.sentenceStarts().contains(tokens.get(0).index());
        boolean proper =
                tokens.stream().allMatch(t -> t.isProperNoun() || t.text().matches("[-–]"));
        boolean uncommon = tokens.stream()
                .allMatch(t ->
                        t.text().matches("[-–]") || (!text.writesInLowerCase(t.text()) && !isGenericWord(t.text())));
        boolean shortAcronym = tokens.size() == 1 && tokens.get(0).text().matches("\\p{Lu}{1,2}");
        return midSentence
                        && proper
                        && uncommon
                        && !shortAcronym
                        && !partOfTitle(text, tokens.get(0).index())
                ? Optional.of(typed(tokens, EntityType.ORG, 1, null))
                : Optional.empty();
    }

    /** "Minister of Finance", "PhD in Sinology", "Jan Kowal, Research Fellow": words of a title or a field, not a name. */
    private static boolean partOfTitle(AnnotatedText text, int first) {
        if (first < 2) {
            return false;
        }
        String before = Lexicon.lower(text.tokens().get(first - 1).text());
        boolean afterPerson =
                before.equals(",") && text.tokens().get(first - 2).ner().equals("PERSON");
        return before.equals("of") || before.equals("for") || before.equals("in") || afterPerson;
    }

    private static boolean isGenericWord(String word) {
        return GENERIC_CAPITALISED.contains(Lexicon.lower(word));
    }

    private static boolean isAcronym(List<Token> tokens) {
        return tokens.size() == 1
                && tokens.get(0).text().matches("\\p{Lu}[\\p{L}]*\\p{Lu}[\\p{L}]*")
                && tokens.get(0).text().length() >= 3;
    }

    private static List<String> lowerWords(AnnotatedText text, int from, int to) {
        int sentence = text.tokens().get(from - 1).sentence();
        List<String> words = new ArrayList<>();
        for (int i = from;
                i < Math.min(to, text.tokens().size()) && text.tokens().get(i).sentence() == sentence;
                i++) {
            words.add(Lexicon.lower(text.tokens().get(i).text()));
        }
        return words;
    }

    private static Typed typed(List<Token> tokens, EntityType type, int strength, @Nullable String canonical) {
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        return new Typed(first.index(), last.index() + 1, first.begin(), last.end(), type, strength, canonical);
    }

    static String unquoted(String name) {
        return name.replaceAll("[“”\"«»„]", "").trim();
    }
}

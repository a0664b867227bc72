package org.bilat.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilat.extract.text.Gazetteer;
import org.bilat.extract.text.Lexicon;
import org.bilat.extract.text.RoleTitles;
import org.bilat.model.EntityType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/** Decides what a name chunk names, from reference lists, class nouns, patterns and CoreNLP's classes, in that order. */
final class ChunkTyper {
    private static final int CONTEXT = 8;
    /** Nouns of armed conflicts, which the sides' names alone make a named event. */
    private static final java.util.Set<String> WARS = java.util.Set.of("war", "wars", "conflict", "invasion");

    private static final java.util.Set<String> STATE_ITSELF = java.util.Set.of("state", "nation", "national");
    /** Abbreviations of units (TEU, LNG), time zones (GMT) and document kinds (MoU) that English writes in capitals. */
    private static final java.util.Set<String> COMMON_ABBREVIATIONS = java.util.Set.of(
            "teu", "feu", "gmt", "utc", "cet", "est", "lng", "lpg", "cng", "mou", "gdp", "gnp", "fdi", "ceo", "cfo",
            "coo", "vip", "faq", "pdf", "mw", "gw", "kw", "mwh", "gwh", "bcm", "tcf", "dwt", "km", "kg");

    private final ClassNouns classNouns;
    private final PlaceNames places;
    private final StateBodyNames bodies;
    private final FirmNames firms;

    ChunkTyper(Gazetteer gazetteer, ClassNouns classNouns, StateBodies bodies) {
        this.classNouns = classNouns;
        this.places = new PlaceNames(gazetteer, classNouns);
        this.bodies = new StateBodyNames(gazetteer, bodies);
        this.firms = new FirmNames(classNouns, gazetteer);
    }

    /** The typed names of a chunk: usually one; place names joined by hyphens give one each. */
    List<Typed> type(AnnotatedText text, NameChunker.Range range) {
        List<Token> tokens = withoutDemonymBeforeModel(trimmed(text, range));
        if (tokens.isEmpty()
                || (tokens.size() == 1 && notAName(tokens.get(0).text()))
                || demonymWithCommonNoun(tokens)
                || PartsOfThings.isPart(tokens)) {
            return List.of();
        }
        String name = text.text()
                .substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
        Optional<Typed> ship = ShipNames.ship(tokens);
        if (ship.isPresent()) {
            return List.of(ship.get());
        }
        Optional<Typed> following = byFollowingClassNoun(text, tokens).filter(hit -> !unitOfModel(tokens, hit));
        boolean site = following.isPresent()
                && following.get().type() == EntityType.FAC
                && !places.onlyDemonyms(tokens)
                && places.reference(tokens, name).stream().allMatch(t -> t.type() == EntityType.GPE);
        if (site || (following.isPresent() && following.get().type() == EntityType.GPE)) {
            return List.of(regionOrPlace(text, following.get()));
        }
        if (following.isPresent()
                && following.get().type() == EntityType.EVENT
                && places.onlyPlacesOrDemonyms(tokens)
                && isWar(text, following.get())) {
            Typed t = following.get();
            String war = places.warName(tokens);
            if (war != null) {
                return List.of(new Typed(t.from(), t.to(), t.begin(), t.end(), t.type(), 2, war));
            }
        }
        Optional<Typed> known = places.reference(tokens, name);
        if (known.isPresent()) {
            return List.of(known.get());
        }
        if (isPostOrPortfolio(text, tokens)) {
            return List.of();
        }
        List<Typed> pair = places.hyphenatedPlaces(tokens, false);
        if (!pair.isEmpty()) {
            return pair;
        }
        Optional<Typed> state = places.stateForm(tokens);
        if (state.isPresent()) {
            return List.of(state.get());
        }
        Optional<Typed> body = bodies.byStateBody(text, tokens);
        if (body.isPresent() || places.onlyDemonyms(tokens)) {
            return body.map(List::of).orElse(List.of());
        }
        Optional<Typed> typed = byYear(tokens, name)
                .or(() -> byHeadNoun(tokens))
                .or(() -> following)
                .or(() -> byPattern(tokens, name))
                .or(() -> initialledPerson(tokens))
                .or(() -> ContextClues.asSource(text, tokens))
                .or(() -> byPrecedingClassNoun(text, tokens))
                .or(() -> ContextClues.afterTitleAndPlace(text, tokens))
                .or(() -> firms.firm(text, tokens))
                .or(() -> ContextClues.byNer(tokens))
                .or(() -> ContextClues.byTitleNearby(text, tokens))
                .or(() -> ContextClues.unknownProperName(text, tokens));
        return typed.map(List::of).orElse(List.of());
    }

    /**
     * "Ruritanian K-21 jets": a nationality adjective before a model's code says whose the model is; it is no part of the
     * model's name.
     */
    private List<Token> withoutDemonymBeforeModel(List<Token> tokens) {
        int from = 0;
        while (tokens.size() - from > 1
                && places.isDemonymLike(tokens.get(from))
                && NameChunker.isCode(NameChunker.gluedFrom(tokens, from + 1))) {
            from++;
        }
        return tokens.subList(from, tokens.size());
    }

    /**
     * "the K-21 fleet", "the K-21 squadron": a model's code before an organisation's class noun names the model the
     * unit flies, not the unit.
     */
    private static boolean unitOfModel(List<Token> tokens, Typed hit) {
        String glued = NameChunker.gluedFrom(tokens, 0);
        return hit.type() == EntityType.ORG
                && glued.length()
                        == tokens.get(tokens.size() - 1).end() - tokens.get(0).begin()
                && NameChunker.isCode(glued);
    }

    /** "the Sahel region": a known region with "region" after it stays a region, not a political unit. */
    private Typed regionOrPlace(AnnotatedText text, Typed typed) {
        boolean region = typed.type() == EntityType.GPE
                && places.isPartOfRegion(text.text().substring(typed.begin(), typed.end()));
        return region
                ? new Typed(typed.from(), typed.to(), typed.begin(), typed.end(), EntityType.LOC, 3, null)
                : typed;
    }

    /**
     * "Ruritanian-Bordurian war" names a war by its sides; "Ruritanian-Bordurian exercises" or "talks" name no event
     * of their own, so only a war's noun makes the sides a name.
     */
    private static boolean isWar(AnnotatedText text, Typed event) {
        return WARS.contains(Lexicon.lower(text.tokens().get(event.to() - 1).text()));
    }

    /** The places a site's name is made of ("Klow port", "Klow-Dbar railway"): the town or the stops of the route. */
    List<Typed> placesWithin(AnnotatedText text, NameChunker.Range range) {
        List<Token> tokens = trimmed(text, range);
        if (tokens.isEmpty()) {
            return List.of();
        }
        String name = text.text()
                .substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
        Optional<Typed> known = places.reference(tokens, name).filter(t -> t.type() == EntityType.GPE);
        return known.map(List::of).orElseGet(() -> places.hyphenatedPlaces(tokens, true));
    }

    /**
     * A lone class noun ("Programme", "UAVs"), currency code, degree, Roman numeral or common abbreviation of a unit,
     * time zone or document kind is not a name by itself; nor is the planet ("Earth orbit"), which is no place of the
     * schema's kinds.
     */
    private boolean notAName(String word) {
        String lower = Lexicon.lower(word);
        return classNouns.isClassNoun(lower)
                || COMMON_ABBREVIATIONS.contains(lower.replaceAll("s$", ""))
                || word.matches("[IVX]{2,}")
                || classNouns.isClassNoun(lower.replaceAll("s$", ""))
                || Lexicon.isCurrencyCode(word)
                || lower.equals("earth")
                || word.matches("PhD|MBA|MSc|BSc|MA|BA|LLM|DSc");
    }

    /**
     * A nationality adjective before capitalised common words only ("the Ruritanian State", "Borduritan State media")
     * names no thing of its own.
     */
    private boolean demonymWithCommonNoun(List<Token> tokens) {
        if (tokens.size() < 2 || !places.isDemonymLike(tokens.get(0))) {
            return false;
        }
        return tokens.subList(1, tokens.size()).stream()
                .allMatch(t -> t.pos().startsWith("JJ") || commonNonClassNoun(t));
    }

    /** "State", "National" after a nationality adjective mean the state itself, whatever their tag. */
    private boolean commonNonClassNoun(Token t) {
        String lower = Lexicon.lower(t.text());
        return STATE_ITSELF.contains(lower)
                || (t.pos().startsWith("NN") && !t.isProperNoun() && !classNouns.isClassNoun(lower));
    }

    /**
     * A post by itself ("Minister") or the fields of a minister's post ("Minister of Water, Forests, and Fisheries",
     * "Secretary for Trade and Industry") name no thing: the words up to the title are capitalised, commas and "and".
     */
    private boolean isPostOrPortfolio(AnnotatedText text, List<Token> tokens) {
        RoleTitles titles = RoleTitles.load();
        if (tokens.size() == 1 && titles.is(RoleTitles.Kind.HEAD, tokens.get(0).text())) {
            return !classNouns.isClassNoun(Lexicon.lower(tokens.get(0).text()));
        }
        if (pluralPost(titles, tokens)) {
            return true;
        }
        if (tokens.stream()
                .anyMatch(t -> classNouns.isClassNoun(Lexicon.lower(t.text()))
                        || t.ner().equals("PERSON"))) {
            return false;
        }
        if (fieldBeforePost(text, tokens, titles)) {
            return true;
        }
        int i = tokens.get(0).index() - 1;
        while (i > 0 && tokens.get(0).index() - i < 10 && listWord(text.tokens().get(i))) {
            i--;
        }
        String link = Lexicon.lower(text.tokens().get(Math.max(i, 0)).text());
        return i > 0
                && (link.equals("of") || link.equals("for"))
                && titles.is(RoleTitles.Kind.PORTFOLIO, text.tokens().get(i - 1).text());
    }

    /**
     * "Foreign Affairs Secretary", "Science and Technology Secretary": the field of a post written before its title is
     * no name, nor are the words of a title before its head ("State Councillor"). Across a comma or "and" only words no CoreNLP class claims count as a field ("Klowcorp and Trade
     * Minister" keeps the firm).
     */
    private static boolean fieldBeforePost(AnnotatedText text, List<Token> tokens, RoleTitles titles) {
        int first = tokens.get(0).index();
        boolean listed = false;
        for (int i = tokens.get(tokens.size() - 1).index() + 1;
                i < text.tokens().size() && i - first < 10;
                i++) {
            Token t = text.tokens().get(i);
            if (t.sentence() != tokens.get(0).sentence()) {
                return false;
            }
            if (t.isCapitalized() && titles.is(RoleTitles.Kind.PORTFOLIO, t.text())) {
                return !listed || tokens.stream().allMatch(w -> w.ner().equals("O"));
            }
            if (!listed && t.isCapitalized() && titles.is(RoleTitles.Kind.HEAD, t.text())) {
                return tokens.stream().allMatch(w -> titles.isTitleWord(w.text()));
            }
            if (!listWord(t)) {
                return false;
            }
            listed |= !t.isCapitalized();
        }
        return false;
    }

    /** "Ministers", "Foreign Ministers", "Deputy Prime Ministers": holders of a post in the plural are no one name. */
    private boolean pluralPost(RoleTitles titles, List<Token> tokens) {
        String last = tokens.get(tokens.size() - 1).text();
        if (!last.endsWith("s") || !titles.is(RoleTitles.Kind.HEAD, last.substring(0, last.length() - 1))) {
            return false;
        }
        return tokens.stream()
                .noneMatch(t -> classNouns.isClassNoun(Lexicon.lower(t.text()))
                        || t.ner().equals("PERSON"));
    }

    private static boolean listWord(Token t) {
        return t.isCapitalized()
                || t.text().equals(",")
                || t.text().equals("and")
                || t.text().equals("&");
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

    private Optional<Typed> byHeadNoun(List<Token> tokens) {
        List<String> words = new ArrayList<>();
        for (Token t : tokens) {
            String w = Lexicon.lower(GluedTokens.core(t.text())).replaceAll("(?<=\\p{L}{2})\\.$", "");
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
            if (!sides.isEmpty() && places.onlyPlacesOrDemonyms(sides)) {
                return Optional.of(Typed.of(tokens, EntityType.EVENT, 2, places.warName(sides)));
            }
        }
        return head.map(hit -> Typed.of(tokens, hit.type(), 2, null));
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
        boolean lowerNoun = !t.isCapitalized()
                && (tag.startsWith("NN")
                        || tag.startsWith("JJ")
                        || tag.equals("VBG")
                        || tag.equals("VBN")
                        || tag.equals("RB"));
        boolean acronym = t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))
                && t.text().length() >= 3;
        return lowerNoun || acronym || t.text().equals("-");
    }

    /** "United Shield 2017", "Milex-2017": a name with a year names an event, unless a programme ("Strategy 2030"). */
    private Optional<Typed> byYear(List<Token> tokens, String name) {
        if (tokens.size() < 2 || !unquoted(name).matches(".*[\\s-](19|20)\\d\\d")) {
            return Optional.empty();
        }
        String before = Lexicon.lower(tokens.get(tokens.size() - 2).text());
        Optional<ClassNouns.Hit> hit = classNouns.endingAt(List.of(before), 1);
        boolean plan = hit.isPresent() && hit.get().type() != EntityType.EVENT;
        return plan ? Optional.empty() : Optional.of(Typed.of(tokens, EntityType.EVENT, 1, null));
    }

    /**
     * "K.Novak", "J. Novak", "AB Karim Rahman": initials before capitalised words write a person's name; bare capitals
     * count as initials only before words CoreNLP tags as a person. A known state or body's initials ("U.S. Treasury")
     * are not a person's.
     */
    private Optional<Typed> initialledPerson(List<Token> tokens) {
        String first = tokens.get(0).text();
        if (places.reference(tokens.subList(0, 1), first).isPresent()) {
            return Optional.empty();
        }
        List<Token> rest = tokens.subList(1, tokens.size());
        boolean namesOnly = rest.stream()
                .allMatch(t -> t.isCapitalized()
                        && t.text().chars().allMatch(Character::isLetter)
                        && !classNouns.isClassNoun(Lexicon.lower(t.text())));
        boolean glued = tokens.size() == 1 && Initials.isGluedToSurname(first);
        boolean dotted = !rest.isEmpty() && Initials.isDotted(first) && namesOnly;
        boolean bare = !rest.isEmpty()
                && Initials.isBare(first)
                && namesOnly
                && rest.stream().allMatch(t -> "PERSON".equals(t.ner()));
        return glued || dotted || bare ? Optional.of(Typed.of(tokens, EntityType.PERSON, 1, null)) : Optional.empty();
    }

    private Optional<Typed> byPattern(List<Token> tokens, String name) {
        boolean code = tokens.stream()
                        .anyMatch(t -> NameChunker.isCode(t.text()) && !t.text().matches("\\d+"))
                || NameChunker.isCode(name.replaceAll("[\\s“”\"«»]+", ""));
        return code ? Optional.of(Typed.of(tokens, EntityType.PRODUCT, 1, null)) : Optional.empty();
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
        return hit.filter(h -> quoted || h.type() == EntityType.PRODUCT).map(h -> Typed.of(tokens, h.type(), 2, null));
    }

    private static boolean isQuoteOrThe(String word) {
        return word.equals("“") || word.equals("\"") || word.equals("«") || word.equals("the") || word.equals("``");
    }

    static String unquoted(String name) {
        return name.replaceAll("[“”\"«»„]", "").trim();
    }
}

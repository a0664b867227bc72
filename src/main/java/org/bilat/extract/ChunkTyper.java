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
        if (tokens.isEmpty() || tokens.size() == 1 && notAName(tokens.get(0).text())) {
            return List.of();
        }
        String name = text.text()
                .substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
        Optional<Typed> region = byFollowingClassNoun(text, tokens).filter(t -> t.type() == EntityType.GPE);
        if (region.isPresent()) {
            return List.of(region.get());
        }
        Optional<Typed> known = reference(tokens, name);
        if (known.isPresent()) {
            return List.of(known.get());
        }
        List<Typed> places = hyphenatedPlaces(text, tokens);
        if (!places.isEmpty()) {
            return places;
        }
        Optional<Typed> body = byStateBody(text, tokens);
        if (body.isPresent() || onlyDemonyms(tokens)) {
            return body.map(List::of).orElse(List.of());
        }
        Optional<Typed> typed = byHeadNoun(tokens)
                .or(() -> byFollowingClassNoun(text, tokens))
                .or(() -> byPattern(tokens, name))
                .or(() -> byPrecedingClassNoun(text, tokens))
                .or(() -> byNer(tokens));
        return typed.map(List::of).orElse(List.of());
    }

    /** A lone class noun ("Programme", "UAVs"), currency code or degree is not a name by itself. */
    private boolean notAName(String word) {
        String lower = Lexicon.lower(word);
        return classNouns.isClassNoun(lower)
                || classNouns.isClassNoun(lower.replaceAll("s$", ""))
                || word.matches("[A-Z]{3}")
                        && java.util.Currency.getAvailableCurrencies().stream()
                                .anyMatch(c -> c.getCurrencyCode().equals(word))
                || word.matches("PhD|MBA|MSc|BSc|MA|BA|LLM|DSc");
    }

    private boolean onlyDemonyms(List<Token> tokens) {
        return tokens.stream()
                .allMatch(t -> t.text().matches("[-–/]")
                        || "NATIONALITY".equals(t.ner())
                        || gazetteer.byDemonym(t.text()).isPresent()
                        || classNouns.isClassNoun(Lexicon.lower(t.text()))
                                && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT)));
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

    private List<Typed> hyphenatedPlaces(AnnotatedText text, List<Token> tokens) {
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
            } else if (gazetteer.byDemonym(w).isEmpty() && (!hyphen || classNoun)) {
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
                String canonical = state.get().name() + " " + body.get().name();
                Token last = text.tokens().get(to - 1);
                return Optional.of(new Typed(
                        tokens.get(0).index(), to, tokens.get(0).begin(), last.end(), EntityType.ORG, 3, canonical));
            }
            return Optional.empty();
        }
        return bodyOfState(tokens);
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
        return classNouns.head(words).map(hit -> typed(tokens, hit.type(), 2, null));
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
            if (hit.isPresent() && hit.get().from() == 0
                    || hit.isPresent() && end == hit.get().to()) {
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

    private Optional<Typed> byPattern(List<Token> tokens, String name) {
        if (tokens.size() >= 2 && name.matches(".*[\\s-](19|20)\\d\\d")) {
            return Optional.of(typed(tokens, EntityType.EVENT, 1, null));
        }
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

    private static boolean isAcronym(List<Token> tokens) {
        return tokens.size() == 1
                && tokens.get(0).text().matches("[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
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

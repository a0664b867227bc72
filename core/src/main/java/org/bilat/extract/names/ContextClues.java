package org.bilat.extract.names;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.Lexicon;
import org.bilat.model.EntityType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/** Typing from what surrounds a name when nothing in the name says what it is: CoreNLP's class, titles, capitals. */
final class ContextClues {
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

    /** Dependency relations in which a word stands as a name. */
    private static final Set<String> NAME_ROLES = Set.of("nsubj", "nsubj:pass", "appos", "conj", "nmod:poss");

    /** Words before "for" in a byline naming the outlet a piece was written for ("specially for"). */
    private static final Set<String> BYLINE_ADVERBS = Set.of("specially", "especially", "exclusively", "written");

    private static final Set<String> DASHES = Set.of("-", "--", "–", "—");

    /** The most words a title's portfolio runs to between the title and its state ("of Foreign Affairs and Trade"). */
    private static final int PORTFOLIO_WORDS = 6;

    private static final Set<String> PORTFOLIO_LINKS = Set.of("of", "and", "for", ",");

    private ContextClues() {}

    static Optional<Typed> byNer(List<Token> tokens) {
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
        return type == null ? Optional.empty() : Optional.of(Typed.of(tokens, type, 1, null));
    }

    /**
     * "(Klow Herald, June 24, 2015)", "specially for Klow Herald": a name cited with a date in brackets, or named in
     * a byline as the outlet a piece was written for, is the publication that carried it.
     */
    static Optional<Typed> asSource(AnnotatedText text, List<Token> tokens) {
        List<Token> all = text.tokens();
        int before = tokens.get(0).index() - 1;
        int after = tokens.get(tokens.size() - 1).index() + 1;
        boolean cited = before >= 0
                && all.get(before).text().equals("(")
                && after + 1 < all.size()
                && all.get(after).text().equals(",")
                && all.get(after + 1).ner().equals("DATE");
        boolean byline = before >= 1
                && Lexicon.lower(all.get(before).text()).equals("for")
                && BYLINE_ADVERBS.contains(Lexicon.lower(all.get(before - 1).text()));
        return cited || byline ? Optional.of(Typed.of(tokens, EntityType.ORG, 2, null)) : Optional.empty();
    }

    /** "Editor: Jan Kowal", "Jan Kowal, Director of ...": a name next to a title names a person. */
    static Optional<Typed> byTitleNearby(AnnotatedText text, List<Token> tokens) {
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
        return titleBefore || titleAfter ? Optional.of(Typed.of(tokens, EntityType.PERSON, 1, null)) : Optional.empty();
    }

    /**
     * "Ruritania's Ambassador to Borduria Jan Novak", "Minister of Foreign Affairs Ivo Horvat": two or three proper
     * nouns right after a title and the capitalised words of its state or portfolio name a person, whatever class
     * CoreNLP gives them.
     */
    static Optional<Typed> afterTitleAndPlace(AnnotatedText text, List<Token> tokens) {
        if (tokens.size() < 2 || tokens.size() > 3 || !tokens.stream().allMatch(Token::isProperNoun)) {
            return Optional.empty();
        }
        int i = tokens.get(0).index() - 1;
        int first = tokens.get(0).index();
        while (i >= 0 && first - i <= 4 && text.tokens().get(i).isCapitalized()) {
            i--;
        }
        boolean place = i < first - 1;
        boolean linked = i >= 1
                && Set.of("to", "of", "in")
                        .contains(Lexicon.lower(text.tokens().get(i).text()));
        boolean titled = linked && followsTitle(text.tokens(), i);
        return place && titled ? Optional.of(Typed.of(tokens, EntityType.PERSON, 1, null)) : Optional.empty();
    }

    /**
     * Whether a title ends just before {@code link} ("Ambassador to"), or before its portfolio ("Minister of Foreign
     * Affairs of"): the capitalised words of the portfolio and their links may stand between.
     */
    static boolean followsTitle(List<Token> tokens, int link) {
        for (int i = link - 1; i >= 0 && link - i <= PORTFOLIO_WORDS; i--) {
            Token t = tokens.get(i);
            if (t.ner().equals("TITLE")) {
                return true;
            }
            boolean portfolio = t.isCapitalized() || PORTFOLIO_LINKS.contains(t.text());
            if (!portfolio || (i == link - 1 && !t.isCapitalized())) {
                return false;
            }
        }
        return false;
    }

    /**
     * A run of proper nouns in mid-sentence that nothing else types ("Huawei", "Volat-Santszya") is still a name; in
     * documents about relations between states such names are mostly organisations.
     */
    static Optional<Typed> unknownProperName(AnnotatedText text, List<Token> tokens) {
        Token first = tokens.get(0);
        boolean midSentence = text.sentenceStarts().get(first.sentence()) != first.index();
        boolean proper =
                tokens.stream().allMatch(t -> t.isProperNoun() || t.text().matches("[-–]"));
        boolean uncommon = tokens.stream()
                .allMatch(t -> t.text().matches("[-–]")
                        || !t.isCapitalized()
                        || (!text.writesInLowerCase(t.text()) && !isGenericWord(t.text())));
        boolean shortAcronym = tokens.size() == 1 && tokens.get(0).text().matches("\\p{Lu}{1,2}");
        if (midSentence && proper && isSurname(text, tokens)) {
            return Optional.of(Typed.of(tokens, EntityType.PERSON, 1, null));
        }
        return midSentence
                        && proper
                        && (tokens.size() > 1
                                || mentionedAgain(text, tokens.get(0))
                                || standsAsName(text, tokens.get(0)))
                        && uncommon
                        && !shortAcronym
                        && !partOfTitle(text, tokens.get(0).index())
                ? Optional.of(Typed.of(tokens, EntityType.ORG, 1, null))
                : Optional.empty();
    }

    /**
     * "Jan Kowal ... Kowal said": one word that ends a person's full name elsewhere in the text (CoreNLP tags both
     * words PERSON there) is that person's surname, not an organisation.
     */
    static boolean isSurname(AnnotatedText text, List<Token> tokens) {
        if (tokens.size() != 1) {
            return false;
        }
        String word = tokens.get(0).text();
        List<Token> all = text.tokens();
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).text().equals(word)
                    && all.get(i).ner().equals("PERSON")
                    && all.get(i - 1).ner().equals("PERSON")) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionedAgain(AnnotatedText text, Token word) {
        return text.tokens().stream().filter(t -> t.text().equals(word.text())).count() > 1;
    }

    /**
     * Whether a lone capitalised word the text writes once is used as a name: a clause's subject ("Quorvath reports"),
     * an owner ("Quorvath's"), a name in apposition ("the first tenant - Quorvath") or in a list of names. Read once in
     * another place, such a word is as often a heading's common word, a misspelling or a surname as an organisation.
     */
    static boolean standsAsName(AnnotatedText text, Token word) {
        return NAME_ROLES.contains(word.dep())
                || !text.dependents(word, "conj").isEmpty()
                || (word.index() > 0
                        && DASHES.contains(text.tokens().get(word.index() - 1).text()));
    }

    /** "Minister of Finance", "PhD in Sinology", "Jan Kowal, Research Fellow": words of a title or a field, not a name. */
    static boolean partOfTitle(AnnotatedText text, int first) {
        if (first < 2) {
            return false;
        }
        String before = Lexicon.lower(text.tokens().get(first - 1).text());
        boolean afterPerson =
                before.equals(",") && text.tokens().get(first - 2).ner().equals("PERSON");
        return before.equals("of") || before.equals("for") || before.equals("in") || afterPerson;
    }

    static boolean isGenericWord(String word) {
        return GENERIC_CAPITALISED.contains(Lexicon.lower(word));
    }

    static boolean isAcronym(List<Token> tokens) {
        return tokens.size() == 1
                && tokens.get(0).text().matches("\\p{Lu}[\\p{L}]*\\p{Lu}[\\p{L}]*")
                && tokens.get(0).text().length() >= 3;
    }
}

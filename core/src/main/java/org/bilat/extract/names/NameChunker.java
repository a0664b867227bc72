package org.bilat.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bilat.extract.text.Gazetteer;
import org.bilat.extract.text.Lexicon;
import org.bilat.extract.text.RoleTitles;
import org.bilat.model.EntityType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Finds the runs of tokens in a sentence that read as one proper name: capitalised words, model codes, and the small
 * words that hold a name together ("of", "and", "’s", hyphens, quotes) where the name goes on after them.
 */
final class NameChunker {
    private static final Set<String> NOT_NAMES =
            Set.of("DATE", "TIME", "DURATION", "MONEY", "PERCENT", "SET", "TITLE", "URL", "EMAIL", "ORDINAL");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "on", "under");
    private static final Set<String> PLACE_TAGS = Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION", "PERSON");
    /** In a heading every word is capitalised, so only CoreNLP's classes of proper names count there. */
    private static final Set<String> HEADING_NAME_TAGS =
            Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "NATIONALITY");

    private static final Set<String> BIBLIOGRAPHIC = Set.of("volume", "vol", "issue", "page", "pp");
    private static final Set<String> BRANCH_HEADS =
            Set.of("embassy", "consulate", "plant", "factory", "office", "mission");
    private static final Set<String> COMPANY_SUFFIXES = Set.of("ltd", "ltd.", "llc", "inc", "inc.", "jsc", "plc");
    private static final Set<String> OPEN_QUOTES = Set.of("“", "\"", "«", "``", "„");
    private static final Set<String> CLOSE_QUOTES = Set.of("”", "\"", "»", "''", "“");

    /**
     * Lower-case particles inside personal names ("Musaad bin Salman al-Rashid", "Ursula von der Leyen"). Those in
     * {@link #LEADING_PARTICLES} may also open a name ("al Kaabi said", "al-Qaeda"); the others only continue one.
     */
    private static final Set<String> PARTICLES = Set.of(
            "al", "el", "bin", "ibn", "bint", "ben", "abu", "von", "van", "der", "den", "de", "da", "di", "du", "dos",
            "das", "del", "della", "la", "le", "ter", "ten", "ould");

    private static final Set<String> LEADING_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "von");
    /** Forms of address stand before a name and are never part of it ("the bank's Mr. Smith"). */
    private static final Set<String> HONORIFICS =
            Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "messrs", "messrs.");
    /** Abbreviated military ranks and forms of address that CoreNLP may tag as part of a person's name. */
    private static final Set<String> RANKS = Set.of(
            "gen", "gen.", "brig", "brig.", "col", "col.", "lt", "lt.", "maj", "maj.", "capt", "capt.", "adm", "adm.",
            "cdr", "cmdr", "sgt", "sgt.", "h.e.", "hon.", "rev.");

    /** Company class nouns that close a name: after one, "and" starts the next company, not more of this one. */
    private static final Set<String> COMPANY_ENDS =
            Set.of("corporation", "corp", "corp.", "company", "co", "co.", "ltd", "ltd.", "llc", "inc", "inc.", "plc");

    /** Legal forms that may close a company's name after its class noun ("… Group Company Limited"). */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "limited", "ltd", "ltd.", "inc", "inc.", "plc", "llc", "jsc", "jscb", "ojsc", "pjsc", "cjsc", "pte", "pte.",
            "ag", "gmbh", "s.a.");

    private static final int LONGEST_KNOWN_NAME = 6;
    /** A quoted title runs to at most this many tokens, and past eight only while it stays title-cased. */
    private static final int LONGEST_TITLE = 20;

    private static final int SHORT_QUOTE = 8;
    /** A sentence of at least this many tokens, with a verb, is running text rather than a label. */
    private static final int PROSE_SENTENCE = 6;

    private static final Set<String> TITLE_LINKS = Set.of("of", "and", "the", "for", "on", "in", "to", "-", "–", "&");
    private final ClassNouns classNouns;
    private final Gazetteer gazetteer;

    NameChunker(ClassNouns classNouns, Gazetteer gazetteer) {
        this.classNouns = classNouns;
        this.gazetteer = gazetteer;
    }

    /** Name chunks of one sentence as token ranges of the whole text. */
    List<Range> chunks(AnnotatedText text, int sentence) {
        List<Token> tokens = text.sentence(sentence);
        List<Range> chunks = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = extend(text, tokens, i);
            if (end > i && cutOffByTheEnd(text, tokens, end)) {
                break;
            }
            if (end > i) {
                int from = afterLeadingTitles(tokens, i, end);
                chunks.add(
                        new Range(tokens.get(from).index(), tokens.get(end - 1).index() + 1));
                i = end;
            } else {
                i++;
            }
        }
        return chunks;
    }

    /**
     * "State Councilor Wang Lei", "Gen Jan Novak", "H.E. Ivo Horvat": title words and abbreviated ranks that CoreNLP
     * reads as the first words of the person after them are not his name, where two words of it follow.
     */
    private static int afterLeadingTitles(List<Token> tokens, int start, int end) {
        int from = start;
        while (end - from > 2
                && isTitleOfPerson(tokens.get(from))
                && "PERSON".equals(tokens.get(from + 1).ner())) {
            from++;
        }
        return allPersons(tokens, from, end) ? from : start;
    }

    private static boolean isTitleOfPerson(Token t) {
        String word = Lexicon.lower(t.text());
        return RANKS.contains(word) || RoleTitles.load().isTitleWord(word);
    }

    /**
     * A name that runs into the very end of a document in the middle of a sentence ("… was built by Acme Constru") was
     * cut off with the text: it is a fragment, not a name. A short last line without a verb (a source or byline) is not.
     */
    private static boolean cutOffByTheEnd(AnnotatedText text, List<Token> tokens, int end) {
        Token last = tokens.get(tokens.size() - 1);
        boolean lastOfText = end == tokens.size()
                && last.index() == text.tokens().size() - 1
                && text.text().substring(last.end()).isBlank();
        return lastOfText
                && last.text().chars().allMatch(Character::isLetter)
                && tokens.size() >= PROSE_SENTENCE
                && tokens.stream().anyMatch(t -> t.pos().startsWith("VB"));
    }

    /** The end (exclusive, sentence-relative) of the name starting at {@code start}, or {@code start} if none. */
    private int extend(AnnotatedText text, List<Token> tokens, int start) {
        int known = knownName(text, tokens, start);
        if (known > start + 1) {
            return known;
        }
        if (!startsName(text, tokens, start)) {
            return start;
        }
        int end = start + 1;
        boolean inComplement = false;
        while (end < tokens.size()) {
            int next = joinAt(text, tokens, start, end, inComplement);
            if (next <= end) {
                break;
            }
            inComplement |= PREPOSITIONS.contains(Lexicon.lower(tokens.get(end).text()));
            end = next;
        }
        return end;
    }

    private boolean startsName(AnnotatedText text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (isCompassAbbreviation(tokens, i)) {
            return false;
        }
        if (OPEN_QUOTES.contains(t.text())) {
            return i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized() && closesQuote(tokens, i + 1);
        }
        if (t.text().matches("\\d+(st|nd|rd|th)")) {
            return i + 1 < tokens.size() && nameWord(text, tokens, i + 1);
        }
        return nameWord(text, tokens, i);
    }

    /**
     * "SW Ruritania", "NE Borduria": an abbreviated compass point before a name says which part of the place is meant;
     * the name starts after it.
     */
    private static boolean isCompassAbbreviation(List<Token> tokens, int i) {
        return tokens.get(i).text().matches("[NS][EW]")
                && i + 1 < tokens.size()
                && tokens.get(i + 1).isCapitalized();
    }

    /** The end of the longest country, region or organisation name of several words that starts here, else start. */
    private int knownName(AnnotatedText text, List<Token> tokens, int start) {
        if (!tokens.get(start).isCapitalized()
                || Lexicon.lower(tokens.get(start).text()).equals("the")) {
            return start;
        }
        for (int end = Math.min(tokens.size(), start + LONGEST_KNOWN_NAME); end > start + 1; end--) {
            String name = text.text()
                    .substring(tokens.get(start).begin(), tokens.get(end - 1).end());
            boolean known = gazetteer.country(name).isPresent()
                    || gazetteer.isRegion(name)
                    || gazetteer.organization(name).isPresent();
            if (known && tokens.get(end - 1).isCapitalized()) {
                return end;
            }
        }
        return start;
    }

    /** Where the name goes on after {@code end}, or {@code end} when it stops there. */
    private int joinAt(AnnotatedText text, List<Token> tokens, int start, int end, boolean inComplement) {
        Token t = tokens.get(end);
        String word = Lexicon.lower(t.text());
        boolean adjacent = t.begin() == tokens.get(end - 1).end();
        boolean personSplits = personBoundary(tokens, end)
                && !sitePrefix(tokens, start, end)
                && !initialsOpenPerson(tokens, start, end);
        if (personSplits
                || BIBLIOGRAPHIC.contains(word)
                || placeAfterTitle(text, tokens, start, end)
                || stateBeforeInitialledPerson(text, tokens, start, end)) {
            return end;
        }
        if (word.equals("and") && secondNameOfTheSameClass(text, tokens, end)) {
            return end;
        }
        if (adjacent
                && t.text().matches("-\\d+[A-Za-z]?")
                && !tokens.get(end - 1).text().matches("\\d+")) {
            return end + 1;
        }
        if (nameWord(text, tokens, end) || yearOrNumberInName(tokens, end)) {
            return end + 1;
        }
        if (CLOSE_QUOTES.contains(t.text()) && quoteOpenIn(tokens, start, end)) {
            return end + 1;
        }
        if (quoteOpenIn(tokens, start, end) && closesQuote(tokens, end) && !word.equals(",") && !word.equals(".")) {
            return end + 1;
        }
        if (OPEN_QUOTES.contains(t.text()) && end + 1 < tokens.size() && closesQuote(tokens, end + 1)) {
            return nameWord(text, tokens, end + 1) ? end + 1 : end;
        }
        if (end + 1 >= tokens.size()) {
            return end;
        }
        boolean nextIsName = nameWord(text, tokens, end + 1)
                || OPEN_QUOTES.contains(tokens.get(end + 1).text());
        Token following = tokens.get(end + 1);
        boolean digitsNext = following.text().matches("\\d+[A-Za-z]?") && following.begin() == t.end();
        if ((word.equals("-") || word.equals("–")) && inComplement && restatesHead(tokens, start, end)) {
            return end;
        }
        if ((word.equals("-") || word.equals("–") || word.equals("/")) && adjacent && (nextIsName || digitsNext)) {
            return digitsNext ? end + 2 : end + 1;
        }
        boolean possessive = word.equals("'s") || word.equals("’s");
        boolean people = Lexicon.lower(tokens.get(end - 1).text()).equals("people");
        boolean owner = PLACE_TAGS.contains(tokens.get(end - 1).ner()) || hasClassNoun(tokens, start, end);
        if (possessive && nextIsName && (people || !owner)) {
            return end + 1;
        }
        if (word.equals("in")
                && BRANCH_HEADS.contains(Lexicon.lower(tokens.get(end - 1).text()))
                && PLACE_TAGS.contains(following.ner())) {
            return end + 1;
        }
        if (word.equals(",") && inComplement && nextIsName && andFollows(tokens, end + 1)) {
            return end + 1;
        }
        if (PREPOSITIONS.contains(word)
                && LEGAL_FORMS.contains(Lexicon.lower(tokens.get(end - 1).text()))) {
            // "… Holding Ltd for the Klow terminal": a legal form closes the name; what follows is what it is for.
            return end;
        }
        if (PREPOSITIONS.contains(word) && (endsWithClassNoun(tokens, end) || hasClassNoun(tokens, start, end))) {
            int after = Lexicon.lower(tokens.get(end + 1).text()).equals("the") ? end + 2 : end + 1;
            return after < tokens.size() && nameWord(text, tokens, after) ? after : end;
        }
        if ((word.equals("and") || word.equals("&"))
                && (COMPANY_ENDS.contains(Lexicon.lower(tokens.get(end - 1).text()))
                        || LEGAL_FORMS.contains(
                                Lexicon.lower(tokens.get(end - 1).text())))) {
            return end;
        }
        if (word.equals("and")
                && (loneStateName(tokens, start, end)
                        || isCode(gluedUntil(tokens, end))
                        || personBeforeOther(tokens, start, end)
                        || loneAcronym(tokens, start, end))) {
            return end;
        }
        if ((word.equals("and") || word.equals("&")) && (inComplement || endsInClassNounAhead(text, tokens, end + 1))) {
            return nextIsName ? end + 1 : end;
        }
        if (word.equals("&") && adjacentAmpersand(tokens, end) && !loneStateName(tokens, start, end)) {
            // "Klow Shipping & Logistics", "Novak & Sons": prose lists names with "and"; "&" binds the words of one.
            return nextIsName ? end + 1 : end;
        }
        if (word.equals(",")
                && COMPANY_SUFFIXES.contains(Lexicon.lower(tokens.get(end + 1).text()))) {
            return end + 1;
        }
        return end;
    }

    /**
     * A place name after a title and "to"/"of"/"in" closes there, for the person's name follows it ("Ruritania's
     * Ambassador to Borduria Jan Novak", "the Minister of Defence of Syldavia Ivo Horvat"); words that end in a class
     * noun go on with it instead ("the head of Ruritania Housing Bank").
     */
    private boolean placeAfterTitle(AnnotatedText text, List<Token> tokens, int start, int end) {
        if (start < 2
                || !tokens.get(end).isCapitalized()
                || !tokens.get(end - 1).isCapitalized()) {
            return false;
        }
        String before = Lexicon.lower(tokens.get(start - 1).text());
        boolean titled = ContextClues.followsTitle(tokens, start - 1);
        if (!titled || !(before.equals("to") || before.equals("of") || before.equals("in"))) {
            return false;
        }
        String name = text.text()
                .substring(tokens.get(start).begin(), tokens.get(end - 1).end());
        return (gazetteer.country(name).isPresent() || gazetteer.isRegion(name))
                && !endsInClassNounAhead(text, tokens, end);
    }

    /**
     * A state's name closes before a person written with initials ("the Minister of Foreign Affairs of Laos K.Novak",
     * "of Chile AB Karim Rahman"), unless CoreNLP reads the state's name as the person's first name ("Chad J. Smith").
     */
    private boolean stateBeforeInitialledPerson(AnnotatedText text, List<Token> tokens, int start, int end) {
        String name = text.text()
                .substring(tokens.get(start).begin(), tokens.get(end - 1).end());
        if (gazetteer.country(name).isEmpty()
                || "PERSON".equals(tokens.get(start).ner())) {
            return false;
        }
        String next = tokens.get(end).text();
        boolean initialAndSurname = Initials.isGluedToSurname(next);
        return initialAndSurname || initialsOpenPerson(tokens, end, end + 1);
    }

    /**
     * Initials open the name of the person after them ("J. Novak", "AB Karim Rahman"): CoreNLP often leaves bare
     * capitals out of the person, but they are his.
     */
    private boolean initialsOpenPerson(List<Token> tokens, int start, int end) {
        if (end - start != 1 || end >= tokens.size()) {
            return false;
        }
        String initials = tokens.get(start).text();
        Token after = tokens.get(end);
        boolean dotted = Initials.isDotted(initials) && after.isCapitalized();
        boolean bare = Initials.isBare(initials)
                && gazetteer.country(initials).isEmpty()
                && gazetteer.organization(initials).isEmpty()
                && "PERSON".equals(after.ner());
        return dotted || bare;
    }

    /**
     * A state's name or adjective alone before "and" is a name of its own, not the start of a longer one ("Ruritania and
     * the Borduria Export Bank", "European and Syldavian troops").
     */
    private boolean loneStateName(List<Token> tokens, int start, int end) {
        if (end - start != 1) {
            return false;
        }
        String word = tokens.get(start).text();
        return "NATIONALITY".equals(tokens.get(start).ner())
                || gazetteer.country(word).isPresent()
                || gazetteer.byDemonym(word).isPresent();
    }

    /**
     * A person's full name before "and" and a word that is no person's after it name two things ("signed by Jan
     * Novak and the Klow Export Bank", "Jan Novak and Klow Bank"): a person's name never goes on into a firm's.
     */
    private static boolean personBeforeOther(List<Token> tokens, int start, int end) {
        return allPersons(tokens, start, end)
                && end + 1 < tokens.size()
                && !"PERSON".equals(tokens.get(end + 1).ner());
    }

    /** Whether CoreNLP tags every token {@code from..to} as part of a person's name. */
    private static boolean allPersons(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().allMatch(t -> "PERSON".equals(t.ner()));
    }

    /**
     * An acronym alone before "and" is a whole name ("between the KDF and Klow Housing Bank"): the long names that run
     * on across "and" start with a word, not with an acronym of their own.
     */
    private static boolean loneAcronym(List<Token> tokens, int start, int end) {
        return end - start == 1 && tokens.get(start).text().matches("\\p{Lu}{3,}");
    }

    private static boolean adjacentAmpersand(List<Token> tokens, int and) {
        return and + 1 < tokens.size()
                && tokens.get(and - 1).isCapitalized()
                && tokens.get(and + 1).isCapitalized();
    }

    private boolean hasClassNoun(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            if (classNouns.isClassNoun(
                    Lexicon.lower(GluedTokens.core(tokens.get(i).text())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean andFollows(List<Token> tokens, int from) {
        for (int i = from; i < Math.min(tokens.size(), from + 4); i++) {
            if (tokens.get(i).text().equals("and")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A site's class noun that opens its name ("Camp", "Naval Base", "Fort") keeps a person's name after it: the site
     * is named after the person ("Camp Ivan Novak" is one site).
     */
    private boolean sitePrefix(List<Token> tokens, int start, int end) {
        List<String> words = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (!tokens.get(i).isCapitalized()) {
                return false;
            }
            words.add(Lexicon.lower(tokens.get(i).text()));
        }
        return classNouns
                .endingAt(words, words.size())
                .filter(hit -> hit.from() == 0 && hit.type() == EntityType.FAC)
                .isPresent();
    }

    /**
     * "Klow Air Base and Dbar Air Base": when the names on both sides of "and" end in the same capitalised class noun,
     * they are two names, not one.
     */
    private boolean secondNameOfTheSameClass(AnnotatedText text, List<Token> tokens, int and) {
        String last = Lexicon.lower(tokens.get(and - 1).text());
        if (!classNouns.isClassNoun(last) || !tokens.get(and - 1).isCapitalized()) {
            return false;
        }
        int i = and + 1;
        while (i < tokens.size() && nameWord(text, tokens, i) && tokens.get(i).isCapitalized()) {
            i++;
        }
        return i > and + 2 && Lexicon.lower(tokens.get(i - 1).text()).equals(last);
    }

    private static boolean personBoundary(List<Token> tokens, int end) {
        boolean before = "PERSON".equals(tokens.get(end - 1).ner());
        boolean here = "PERSON".equals(tokens.get(end).ner());
        return before != here
                && tokens.get(end).isCapitalized()
                && tokens.get(end - 1).isCapitalized();
    }

    private boolean endsWithClassNoun(List<Token> tokens, int end) {
        String last = Lexicon.lower(tokens.get(end - 1).text());
        return classNouns.isClassNoun(last) || last.equals("republic") || last.equals("kingdom");
    }

    /**
     * Whether the name after "and" ends in a class noun, so that "and" joins two parts of one name ("Science and
     * Technology Corporation", "Air Force and Air Defense forces") rather than two names ("Zhejiang and Fudan
     * Universities" names two universities: a capitalised plural head is shared, not joined).
     */
    private boolean endsInClassNounAhead(AnnotatedText text, List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && nameWord(text, tokens, i)) {
            i++;
        }
        if (i == from) {
            return false;
        }
        List<String> words = new ArrayList<>();
        for (int k = from; k < i; k++) {
            words.add(Lexicon.lower(tokens.get(k).text()));
        }
        while (i - 1 > from
                && LEGAL_FORMS.contains(Lexicon.lower(tokens.get(i - 1).text()))) {
            i--;
            words.remove(words.size() - 1);
        }
        Token last = tokens.get(i - 1);
        String singular = Lexicon.lower(last.text()).replaceAll("ies$", "y").replaceAll("s$", "");
        boolean sharedPlural =
                (last.pos().equals("NNPS") || last.pos().equals("NNS")) && classNouns.isClassNoun(singular);
        if (classNouns.endingAt(words, words.size()).isPresent()) {
            return !sharedPlural;
        }
        return i < tokens.size()
                && classNouns.isClassNoun(Lexicon.lower(tokens.get(i).text()));
    }

    private static boolean yearOrNumberInName(List<Token> tokens, int end) {
        Token t = tokens.get(end);
        Token prev = tokens.get(end - 1);
        if (!t.text().matches("\\d{1,4}[A-Za-z]?") || !prev.isCapitalized() || PLACE_TAGS.contains(prev.ner())) {
            return false;
        }
        return !"DATE".equals(prev.ner()) && !prev.text().matches("\\d+");
    }

    /**
     * A capitalised word SUTime reads as a relative time ("Future", "Present") that is neither a month nor a weekday: in
     * running text such a capitalised word is part of a name.
     */
    private static boolean isRelativeTimeInName(Token t) {
        if (!"DATE".equals(t.ner()) || !t.isCapitalized() || !t.text().chars().allMatch(Character::isLetter)) {
            return false;
        }
        String upper = t.text().toUpperCase(java.util.Locale.ROOT);
        for (java.time.Month month : java.time.Month.values()) {
            if (month.name().startsWith(upper)) {
                return false;
            }
        }
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            if (day.name().startsWith(upper)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name particle followed (across a hyphen or another particle) by a capitalised word; a particle that cannot open
     * a name needs a capitalised word before it too.
     */
    private static boolean isParticle(List<Token> tokens, int i) {
        String word = tokens.get(i).text();
        if (!PARTICLES.contains(word)) {
            return false;
        }
        int next = i + 1;
        while (next < tokens.size()
                && (PARTICLES.contains(tokens.get(next).text())
                        || tokens.get(next).text().equals("-"))) {
            next++;
        }
        boolean nameAfter = next < tokens.size()
                && next - i <= 2
                && tokens.get(next).isCapitalized()
                && tokens.get(next).text().chars().allMatch(Character::isLetter);
        boolean nameBefore = i > 0
                && (tokens.get(i - 1).isCapitalized()
                        || PARTICLES.contains(tokens.get(i - 1).text()));
        return nameAfter && (nameBefore || LEADING_PARTICLES.contains(word));
    }

    /**
     * A capitalised word SUTime reads as a time unit ("Min", "Sec") right after a capitalised proper noun is part of a
     * personal name ("Lee Min"), not a duration.
     */
    private static boolean isTimeWordInName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i == 0 || !(t.ner().equals("DURATION") || t.ner().equals("TIME")) || !t.isCapitalized()) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        return t.text().chars().allMatch(Character::isLetter)
                && prev.isProperNoun()
                && "O".equals(prev.ner())
                && prev.isCapitalized();
    }

    /** A word that can be part of a name by itself: a proper noun, a capitalised word inside a name, a model code. */
    private boolean nameWord(AnnotatedText text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (HONORIFICS.contains(Lexicon.lower(t.text()))) {
            return false;
        }
        if (isParticle(tokens, i) || GluedTokens.startsWithGluedName(t.text())) {
            return true;
        }
        if ((NOT_NAMES.contains(t.ner()) && !isRelativeTimeInName(t) && !isTimeWordInName(tokens, i))
                || !Character.isLetterOrDigit(t.text().codePointAt(0))) {
            return false;
        }
        if (Lexicon.isCurrencyCode(t.text())) {
            return false;
        }
        if (isCode(t.text())) {
            return true;
        }
        if (!t.isCapitalized() || (Headings.isHeading(text, t) && !HEADING_NAME_TAGS.contains(t.ner()))) {
            return false;
        }
        if (t.isProperNoun() || !"O".equals(t.ner())) {
            return true;
        }
        return (i > 0 && !OPEN_QUOTES.contains(tokens.get(i - 1).text())) || i > 1;
    }

    /** The word written without spaces from token {@code from} on ("K-21" of "K", "-", "21"). */
    static String gluedFrom(List<Token> tokens, int from) {
        StringBuilder word = new StringBuilder(tokens.get(from).text());
        for (int i = from + 1;
                i < tokens.size() && tokens.get(i).begin() == tokens.get(i - 1).end();
                i++) {
            word.append(tokens.get(i).text());
        }
        return word.toString();
    }

    /** The word written without spaces that ends just before token {@code end}. */
    static String gluedUntil(List<Token> tokens, int end) {
        StringBuilder word = new StringBuilder(tokens.get(end - 1).text());
        for (int i = end - 2; i >= 0 && tokens.get(i).end() == tokens.get(i + 1).begin(); i--) {
            word.insert(0, tokens.get(i).text());
        }
        return word.toString();
    }

    static boolean isOpenQuote(String word) {
        return OPEN_QUOTES.contains(word);
    }

    static boolean isCode(String word) {
        return word.matches("(?=.*\\d)(?=.*[A-Z])[A-Z0-9][A-Za-z0-9]*(-[A-Za-z0-9]+)*")
                && !word.matches("\\d+(st|nd|rd|th|s)")
                && !isGluedAmount(word)
                && !GluedTokens.isGlued(word);
    }

    /** "CNY700", "USD5bn": a currency code glued to its amount is a sum of money, not a model's code. */
    private static boolean isGluedAmount(String word) {
        return word.length() > 3
                && Lexicon.isCurrencyCode(word.substring(0, 3))
                && word.substring(3).matches("\\d[\\d.,]*[A-Za-z]{0,2}");
    }

    /**
     * Whether a quote closes soon after {@code from}: within a few words, or within a longer title whose words are all
     * capitalised or small linking words ("“Electrification of the Klow-Dbar and Dbar-Orsk Lines”").
     */
    private static boolean closesQuote(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size() && i < from + LONGEST_TITLE; i++) {
            String word = tokens.get(i).text();
            if (CLOSE_QUOTES.contains(word)) {
                return i - from < SHORT_QUOTE || titleCased(tokens, from, i - 1);
            }
        }
        return false;
    }

    private static boolean titleCased(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!tokens.get(i).isCapitalized()
                    && !TITLE_LINKS.contains(tokens.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Export-Import Bank of Borduria-Exim Bank": after the "of" part of a name, a hyphen then a name that ends in the
     * same head noun is the short form glued to the full one, not more of it.
     */
    private static boolean restatesHead(List<Token> tokens, int start, int hyphen) {
        int head = -1;
        for (int i = start + 1; i < hyphen && head < 0; i++) {
            if (PREPOSITIONS.contains(Lexicon.lower(tokens.get(i).text()))) {
                head = i - 1;
            }
        }
        int last = hyphen + 1;
        while (last + 1 < tokens.size() && tokens.get(last + 1).isCapitalized()) {
            last++;
        }
        return head >= start
                && last < tokens.size()
                && last > hyphen
                && tokens.get(last).isCapitalized()
                && Lexicon.lower(tokens.get(last).text())
                        .equals(Lexicon.lower(tokens.get(head).text()));
    }

    private static boolean quoteOpenIn(List<Token> tokens, int start, int end) {
        int open = 0;
        for (int i = start; i < end; i++) {
            String w = tokens.get(i).text();
            if (OPEN_QUOTES.contains(w) && (open == 0 || !CLOSE_QUOTES.contains(w))) {
                open++;
            } else if (CLOSE_QUOTES.contains(w)) {
                open--;
            }
        }
        return open > 0;
    }

    /** A range of tokens {@code [from, to)} of the whole text. */
    record Range(int from, int to) {}
}

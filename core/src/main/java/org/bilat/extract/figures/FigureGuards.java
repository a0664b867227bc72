package org.bilat.extract.figures;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bilat.nlp.Token;

/**
 * Numbers that do not measure anything: reference numbers ("Decree No. 7", "Volume 3", "top 10"), parts of model
 * codes ("KAMAZ-4310", "Su-30", "3+1"), list numbering ("(1)", "1."), phone numbers, and counts that refer back
 * ("the two states") or count time or abstractions ("six weeks", "four key fields").
 */
final class FigureGuards {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> LABELS = words("""
            no no. nr nr. # № vol vol. volume issue article art. chapter section part paragraph para clause item annex
            appendix table figure fig fig. page p. pp. resolution decree directive order law protocol flight route line
            highway gate platform room building block phase stage version model type series grade class category level
            tier round top rank ranked number edition session unit batch lot case file act code""");
    /**
     * Words before a count that point back at things already counted. "first" and "remaining" are not among them:
     * "the first 180 tanks" and "the remaining 580 were soldiers" size a new part of a larger whole.
     */
    private static final Set<String> REFERRING = words("""
            the this these those their its his her our your my both all each every other another such whose last
            next same previous latter former""");
    /** Nouns a count of which measures time, an abstraction, a share or a unit outside the schema's units. */
    private static final Set<String> UNCOUNTED = words("""
            year month week day hour minute second decade century millennium time season night morning evening quarter
            semester area direction way reason factor aspect stage phase level point issue question kind type sort form
            example case hand step priority principle pillar dimension side party option scenario component element
            sphere field track vector term respect sense problem challenge task goal objective idea thing topic theme
            age percent percentage per cent page ago stake third half fifth tenth rate price cost value score index
            ratio share grade mw gw kw twh gwh mwh kwh teu dwt mm cm ft foot feet inch yard litre liter barrel gallon
            degree knot mph bps basis megawatt gigawatt kilowatt watt volt""");
    /** Singular nouns that name a group, so that "a population of 9 million" counts. */
    private static final Set<String> COLLECTIVES = words("""
            group team total population fleet crew batch contingent staff workforce force delegation party arsenal
            stock""");

    /** Words that give a rate per a span of time: "a day", "per day", "each day". */
    private static final Set<String> PER = Set.of("a", "per", "each", "every");

    private static final Pattern YEAR_LIKE = Pattern.compile("\\d{4}");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;
    /** How lines that link to other stories or caption photos begin. */
    private static final List<String> ASIDE_CUES = List.of(
            "read also", "also read", "read more", "see also", "related:", "photo:", "photo by", "photo credit");

    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
    private static final Pattern PHONE = Pattern.compile("\\+\\d.*|0\\d+|\\d+(-\\d+){2,}|\\(\\d+\\)");

    private FigureGuards() {}

    /** Whether the number at tokens {@code first..last} names or numbers something rather than measuring it. */
    static boolean isReference(List<Token> tokens, int first, int last, int sentenceStart, int sentenceEnd) {
        return isLabelled(tokens, first, sentenceStart)
                || isRateBase(tokens, first, sentenceStart)
                || isCodePart(tokens, first, last)
                || isListNumber(tokens, first, last, sentenceStart, sentenceEnd)
                || PHONE.matcher(tokens.get(first).text()).matches()
                || ROMAN.matcher(tokens.get(first).text()).matches();
    }

    /** Whether a count refers back to things already named: "the two states", "their three leaders". */
    static boolean refersBack(List<Token> tokens, int first, int sentenceStart) {
        return first > sentenceStart && REFERRING.contains(lower(tokens, first - 1));
    }

    /** Whether a noun (its lemma) names time or an abstraction, which a count of it does not measure. */
    static boolean isUncounted(String lemma) {
        return UNCOUNTED.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a singular noun names a group ("population", "fleet"), whose size a number after "of" gives. */
    static boolean isCollective(String lemma) {
        return COLLECTIVES.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** "Boeing 737 jets": a bare number written right after a name is part of it. */
    static boolean followsName(List<Token> tokens, int first, int sentenceStart) {
        if (first <= sentenceStart) {
            return false;
        }
        Token before = tokens.get(first - 1);
        return before.isProperNoun() && before.isCapitalized() && !before.ner().equals("DATE");
    }

    /** "5-year plans", "a 30-member delegation": a number joined by a hyphen to the word after it. */
    static boolean isCompound(List<Token> tokens, int last, int sentenceEnd) {
        return last + 1 < sentenceEnd && UnitWords.isAttachedHyphen(tokens, last + 1);
    }

    /**
     * "90 million cubic metres a day", "2,000 tonnes of grain per day", "50 flights daily": a rate per day, which the
     * schema does not record; the figure's unit (and an "of" phrase after it) is followed by "a/per/each day" or
     * "daily".
     */
    static boolean isDailyRate(List<Token> tokens, int after, int sentenceEnd) {
        int k = after;
        if (k < sentenceEnd && lower(tokens, k).equals("of")) {
            k++;
            while (k < sentenceEnd && k <= after + 3 && tokens.get(k).pos().startsWith("NN")) {
                k++;
            }
        }
        if (k < sentenceEnd && lower(tokens, k).equals("daily")) {
            return true;
        }
        return k + 1 < sentenceEnd
                && PER.contains(lower(tokens, k))
                && lower(tokens, k + 1).equals("day");
    }

    /** "$150 per 1,000 cubic metres", "3 deaths per 100,000 people": the base a rate is given per, not a figure. */
    private static boolean isRateBase(List<Token> tokens, int first, int sentenceStart) {
        return first > sentenceStart && lower(tokens, first - 1).equals("per");
    }

    /**
     * "a camp for 1200 soldiers": four digits the tagger took for a year although no year of the texts' era (1900-2100)
     * has that value; a count of the plural noun after it still applies (not "1016 GMT", a clock time).
     */
    static boolean isMisdated(Token number) {
        if (!number.ner().equals("DATE") || !YEAR_LIKE.matcher(number.text()).matches()) {
            return false;
        }
        int value = Integer.parseInt(number.text());
        return value < FIRST_YEAR || value > LAST_YEAR;
    }

    /**
     * Whether the line holding character {@code offset} links to another story or captions a photo ("Read also: ...",
     * "Photo: ..."), which gives no figures of its own.
     */
    static boolean isAsideLine(String text, int offset) {
        int from = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        String line =
                text.substring(from, Math.min(text.length(), from + 20)).strip().toLowerCase(Locale.ROOT);
        return ASIDE_CUES.stream().anyMatch(line::startsWith);
    }

    /** "ends 10 ki": a noun of one or two lower-case letters is a word cut off, not a thing a count counts. */
    static boolean isCutOff(Token noun) {
        return noun.text().length() <= 2 && noun.text().chars().allMatch(Character::isLowerCase);
    }

    /** "No. 7", "Volume: 3", "Issue 41", "top 10": a label, perhaps with ":", "." or "#", right before. */
    private static boolean isLabelled(List<Token> tokens, int first, int sentenceStart) {
        int k = first - 1;
        while (k > sentenceStart
                && (tokens.get(k).text().equals(":") || tokens.get(k).text().equals("#"))) {
            k--;
        }
        if (k < sentenceStart) {
            return false;
        }
        Token label = tokens.get(k);
        String word = label.text().toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        boolean noun = label.pos().startsWith("NN")
                || label.pos().equals("JJ")
                || label.pos().equals("SYM");
        return LABELS.contains(word) && (noun || !Character.isLetter(word.charAt(0)) || word.endsWith("."));
    }

    /** "KAMAZ-4310", "Su-30", "T-72", "3+1": written onto a code by a hyphen or a plus sign. */
    private static boolean isCodePart(List<Token> tokens, int first, int last) {
        if (tokens.get(first).text().startsWith("+")) {
            return true;
        }
        if (last + 1 < tokens.size() && tokens.get(last + 1).text().startsWith("+") && attached(tokens, last)) {
            return true;
        }
        if (first < 2 || !attached(tokens, first - 1)) {
            return false;
        }
        String link = tokens.get(first - 1).text();
        String before = tokens.get(first - 2).text();
        return (link.equals("-") || link.equals("+") || link.equals("/"))
                && attached(tokens, first - 2)
                && before.chars().anyMatch(Character::isLetter);
    }

    /** "(1)", "1.", "2)" opening a sentence, or a number standing alone as a heading. */
    private static boolean isListNumber(List<Token> tokens, int first, int last, int sentenceStart, int sentenceEnd) {
        if (tokens.get(first).pos().equals("LS")) {
            return true;
        }
        String before = first > sentenceStart ? tokens.get(first - 1).text() : "";
        String after = last + 1 < sentenceEnd ? tokens.get(last + 1).text() : "";
        boolean opens = before.isEmpty() || before.equals("(") || before.equals("[");
        return opens && (after.equals(")") || after.equals("]") || after.equals(".") || after.isEmpty());
    }

    /** Whether token {@code i} is written with no space before the next token. */
    private static boolean attached(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).end() == tokens.get(i + 1).begin();
    }

    private static Set<String> words(String list) {
        return Set.copyOf(SPACES.splitAsStream(list.strip()).toList());
    }

    private static String lower(List<Token> tokens, int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
}

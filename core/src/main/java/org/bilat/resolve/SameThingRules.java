package org.bilat.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.bilat.model.StateForms;

/** The rules that say two mentions of one document name one thing. */
final class SameThingRules {
    private static final Pattern ALIAS_CUE = Pattern.compile(
            "\\s*(\\(|,)?\\s*(also known as|aka|known as|hereinafter(?: referred to as)?|or|i\\.e\\.)?\\s*(the\\s+)?[“\"«]?\\s*",
            Pattern.CASE_INSENSITIVE);
    /** Lower-case particles of Arabic, Dutch, German and Romance surnames. */
    private static final Set<String> SURNAME_PARTICLES = Set.of(
            "al", "el", "bin", "ibn", "bint", "abu", "von", "van", "der", "den", "de", "da", "di", "du", "la", "le");

    private static final Set<String> CLASS_TAILS = Set.of(
            "company",
            "co",
            "ltd",
            "llc",
            "corporation",
            "corp",
            "group",
            "plant",
            "factory",
            "park",
            "industrial park",
            "system",
            "mlrs",
            "of china",
            "of belarus",
            "inc",
            "jsc",
            "ojsc");

    private SameThingRules() {}

    static void apply(String text, List<Mention> mentions, MentionGroups groups) {
        List<String> cores = new ArrayList<>();
        List<String> canon = new ArrayList<>();
        for (Mention m : mentions) {
            String canonical = m.canonical();
            cores.add(canonical == null ? NameFolding.plain(Forms.core(m.text())) : "");
            canon.add(canonical == null ? "" : NameFolding.plain(canonical));
        }
        groups.unionByKey(canon);
        groups.unionByKey(cores);
        List<String> bare = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            bare.add(mentions.get(i).canonical() == null ? bare(cores.get(i)) : "");
        }
        groups.unionByKey(bare);
        quotedParts(mentions, cores, groups);
        unitParts(mentions, cores, groups);
        definitions(text, mentions, groups);
        acronyms(mentions, groups);
        initials(mentions, cores, groups);
        people(mentions, cores, groups);
        prefixes(mentions, cores, groups);
        skeletons(mentions, cores, groups);
        stateForms(mentions, cores, canon, groups);
        shortForms(mentions, cores, groups);
    }

    /**
     * "the Ruritania Federation" and "Ruritania": a state's name with a word of its formal title after it ("Federation",
     * "Republic", "Kingdom") is that state, whatever type the longer form was given.
     */
    private static void stateForms(
            List<Mention> mentions, List<String> cores, List<String> canon, MentionGroups groups) {
        for (int i = 0; i < mentions.size(); i++) {
            Optional<String> name = StateForms.nameBeforeForm(cores.get(i));
            if (name.isEmpty()) {
                continue;
            }
            for (int j = 0; j < mentions.size(); j++) {
                boolean state = mentions.get(j).type() == EntityType.GPE
                        && (canon.get(j).equals(name.get()) || cores.get(j).equals(name.get()));
                if (state) {
                    groups.union(i, j);
                    break;
                }
            }
        }
    }

    /**
     * "Exim Bank" and "Export-Import Bank of Borduria": an organisation's clipped short form joins the one longer name
     * it clips (see {@link ShortForms}); when it clips two different things it joins neither.
     */
    private static void shortForms(List<Mention> mentions, List<String> cores, MentionGroups groups) {
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).type() != EntityType.ORG || cores.get(i).isEmpty()) {
                continue;
            }
            int match = -1;
            for (int j = 0; j < mentions.size(); j++) {
                boolean clips = mentions.get(j).type() == EntityType.ORG
                        && cores.get(j).length() > cores.get(i).length()
                        && ShortForms.isShortFormOf(cores.get(i), cores.get(j));
                if (clips) {
                    match = match == -1 || groups.root(match) == groups.root(j) ? j : -2;
                }
            }
            if (match >= 0) {
                groups.union(i, match);
            }
        }
    }

    /** The name without a leading nationality adjective or a trailing "of Country": both name the same body. */
    static String bare(String core) {
        String bare = core.replaceFirst("^[a-z]+(ian|ese|ish|an) (?=\\w+ \\w+ \\w+)", "")
                .replaceFirst(" of (the )?\\w+$", "");
        return bare.contains(" ") && !bare.equals(core) ? "bare:" + bare : "";
    }

    private static void quotedParts(List<Mention> mentions, List<String> cores, MentionGroups groups) {
        for (int i = 0; i < mentions.size(); i++) {
            String outside = mentions.get(i).text().replaceAll("[“\"«„][^“”\"«»„]*[”\"»“]", " ");
            if (outside.matches(".*\\d.*")) {
                continue;
            }
            for (String part : Forms.quoted(mentions.get(i).text())) {
                int j = cores.indexOf(NameFolding.plain(part));
                if (j >= 0) {
                    groups.union(i, j);
                }
            }
        }
    }

    /** "Programme X of the Council Y" and "Programme X": the part before "of the" names the same unit. */
    private static void unitParts(List<Mention> mentions, List<String> cores, MentionGroups groups) {
        for (int i = 0; i < mentions.size(); i++) {
            String unit =
                    NameFolding.plain(Forms.unitPart(Forms.core(mentions.get(i).text())));
            int j = unit.contains(" ") ? cores.indexOf(unit) : -1;
            if (j >= 0 && compatible(mentions.get(i), mentions.get(j))) {
                groups.union(i, j);
            }
        }
    }

    /** "Name (ACR", "Name, also known as Other", "ACR, also known as the Other", "Satellite System (Sat-1)". */
    private static void definitions(String text, List<Mention> mentions, MentionGroups groups) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            for (int j = i + 1; j < Math.min(i + 3, mentions.size()); j++) {
                Mention b = mentions.get(j);
                if (b.start() < a.end() || b.start() - a.end() > 30) {
                    continue;
                }
                String between = text.substring(a.end(), b.start());
                boolean acronym = Forms.isAcronym(Forms.core(b.text())) || Forms.isAcronym(Forms.core(a.text()));
                boolean designation =
                        a.type() == b.type() && !isPlace(a) && !b.text().contains(" ");
                boolean cue = (between.contains("(") && (acronym || designation))
                        || between.toLowerCase(java.util.Locale.ROOT).contains("known as");
                if (cue && ALIAS_CUE.matcher(between).matches() && compatible(a, b) && !standsForTheOwner(a, b)) {
                    groups.union(i, j);
                }
            }
        }
    }

    /**
     * "the Northern Command of the Ruritanian People's Army (RPA)": an acronym after "X of the Y" that spells Y, not
     * the whole name, is Y's.
     */
    private static boolean standsForTheOwner(Mention named, Mention acronym) {
        String name = Forms.core(named.text());
        String letters = Forms.core(acronym.text());
        int of = name.lastIndexOf(" of ");
        if (!Forms.isAcronym(letters) || of < 0 || Acronyms.expands(letters, name)) {
            return false;
        }
        String owner = name.substring(of + " of ".length());
        owner = owner.startsWith("the ") ? owner.substring("the ".length()) : owner;
        return Acronyms.expands(letters, owner);
    }

    private static void acronyms(List<Mention> mentions, MentionGroups groups) {
        for (int i = 0; i < mentions.size(); i++) {
            String acronym = Forms.core(mentions.get(i).text());
            if (!Forms.isAcronym(acronym)) {
                continue;
            }
            int match = -1;
            for (int j = 0; j < mentions.size(); j++) {
                if (j != i
                        && Acronyms.expands(acronym, Forms.core(mentions.get(j).text()))) {
                    match = match < 0 || groups.root(match) == groups.root(j) ? j : -2;
                    if (match == -2) {
                        break;
                    }
                }
            }
            if (match >= 0) {
                groups.union(i, match);
            }
        }
    }

    /**
     * "Lukashenka" and "Aliaksandr Lukashenka": a one-word name of a person that one full name ends or starts with; a
     * surname with its particles ("al Rashid", "von der Berg") counts as one word and ends the full name.
     */
    private static void people(List<Mention> mentions, List<String> cores, MentionGroups groups) {
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).type() != EntityType.PERSON || !isSurname(cores.get(i))) {
                continue;
            }
            int match = -1;
            for (int j = 0; j < mentions.size(); j++) {
                String[] words = cores.get(j).split(" ", -1);
                boolean named = words.length > 1
                        && !cores.get(j).equals(cores.get(i))
                        && (cores.get(j).endsWith(" " + cores.get(i))
                                || (!cores.get(i).contains(" ") && words[0].equals(cores.get(i))));
                if (mentions.get(j).type() == EntityType.PERSON && named) {
                    boolean same = match >= 0
                            && (cores.get(match).equals(cores.get(j)) || groups.root(match) == groups.root(j));
                    match = match == -1 || same ? j : -2;
                }
            }
            if (match >= 0) {
                groups.union(i, match);
            }
        }
    }

    /**
     * "A. Kowal" and "Adam Kowal": an initial and a surname join the one full name with that surname whose first name
     * starts with the initial.
     */
    private static void initials(List<Mention> mentions, List<String> cores, MentionGroups groups) {
        for (int i = 0; i < mentions.size(); i++) {
            String[] parts = mentions.get(i).text().trim().split("\\s+", -1);
            if (mentions.get(i).type() != EntityType.PERSON || parts.length != 2 || !parts[0].matches("\\p{Lu}\\.")) {
                continue;
            }
            String surname = NameFolding.plain(parts[1]);
            String initial = NameFolding.plain(parts[0].substring(0, 1));
            int match = -1;
            for (int j = 0; j < mentions.size(); j++) {
                String[] words = cores.get(j).split(" ", -1);
                boolean named = mentions.get(j).type() == EntityType.PERSON
                        && words.length == 2
                        && words[1].equals(surname)
                        && words[0].length() > 1
                        && words[0].startsWith(initial);
                if (named) {
                    match = match == -1 || cores.get(match).equals(cores.get(j)) ? j : -2;
                }
            }
            if (match >= 0) {
                groups.union(i, match);
            }
        }
    }

    /** One word, or one word after name particles ("al", "bin", "von der"). */
    private static boolean isSurname(String core) {
        String[] words = core.split(" ", -1);
        for (int k = 0; k < words.length - 1; k++) {
            if (!SURNAME_PARTICLES.contains(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** "Great Stone" and "Great Stone Industrial Park"; "People’s Liberation Army" and "Chinese People’s Liberation Army". */
    private static void prefixes(List<Mention> mentions, List<String> cores, MentionGroups groups) {
        for (int i = 0; i < mentions.size(); i++) {
            String shorter = cores.get(i);
            if (shorter.isEmpty() || mentions.get(i).type() == EntityType.GPE) {
                continue;
            }
            for (int j = 0; j < mentions.size(); j++) {
                String longer = cores.get(j);
                if (longer.length() > shorter.length()
                        && (compatible(mentions.get(i), mentions.get(j))
                                || firmNamedLikeAPerson(mentions.get(i), mentions.get(j)))
                        && !siteAndItsOperator(mentions.get(i), mentions.get(j))
                        && (extendsName(longer, shorter)
                                || (bothProducts(mentions.get(i), mentions.get(j)) && madeBy(longer, shorter)))) {
                    groups.union(i, j);
                }
            }
        }
    }

    /** "Kroll" typed as a person and "Kroll Group": a one-word name that a firm's name extends is the firm's. */
    private static boolean firmNamedLikeAPerson(Mention shorter, Mention longer) {
        return shorter.type() == EntityType.PERSON
                && longer.type() == EntityType.ORG
                && !shorter.text().trim().contains(" ");
    }

    /** "the Klow railway" and "Klow Railway Company": a site and the company named after it are two things. */
    private static boolean siteAndItsOperator(Mention shorter, Mention longer) {
        return shorter.type() == EntityType.FAC && longer.type() == EntityType.ORG;
    }

    private static boolean extendsName(String longer, String shorter) {
        if (longer.startsWith(shorter + " ")) {
            String rest = longer.substring(shorter.length() + 1);
            return CLASS_TAILS.contains(rest)
                    || (rest.split(" ", -1).length <= 3
                            && rest.matches(
                                    "(\\w+ )?(company|corporation|park|plant|system|unit|co|ltd|llc|group|factory|academy|university"
                                            + "|holding|holdings|shipping)"));
        }
        if (longer.endsWith(" " + shorter)) {
            String head = longer.substring(0, longer.length() - shorter.length() - 1);
            return head.matches("[a-z]+(ian|ese|ish|an|ic|i)");
        }
        return false;
    }

    /** "Autel EVO MAX 4T" and "EVO MAX 4T": a model name with its maker's name before it. */
    private static boolean madeBy(String longer, String shorter) {
        return longer.endsWith(" " + shorter)
                && !longer.substring(0, longer.length() - shorter.length() - 1).contains(" ");
    }

    private static boolean bothProducts(Mention a, Mention b) {
        return a.type() == EntityType.PRODUCT && b.type() == EntityType.PRODUCT;
    }

    private static void skeletons(List<Mention> mentions, List<String> cores, MentionGroups groups) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            boolean eligible = mentions.get(i).type() == EntityType.PERSON
                    || mentions.get(i).type() == EntityType.PRODUCT;
            keys.add(
                    eligible && cores.get(i).length() >= 5
                            ? mentions.get(i).type() + ":" + skeleton(cores.get(i))
                            : "");
        }
        groups.unionByKey(keys);
    }

    private static String skeleton(String core) {
        StringBuilder out = new StringBuilder();
        for (String w : core.split(" ", -1)) {
            out.append(NameFolding.skeleton(w)).append(' ');
        }
        return out.toString().trim();
    }

    private static boolean isPlace(Mention m) {
        return m.type() == EntityType.GPE || m.type() == EntityType.LOC;
    }

    private static boolean compatible(Mention a, Mention b) {
        boolean place = a.type() == EntityType.GPE || b.type() == EntityType.GPE;
        return a.type() == b.type() || (!place && a.type() != EntityType.PERSON && b.type() != EntityType.PERSON);
    }
}

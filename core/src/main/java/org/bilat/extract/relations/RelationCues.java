package org.bilat.extract.relations;

import java.util.Set;
import org.bilat.extract.text.RoleTitles;

/** Cue words of the relation rules. */
final class RelationCues {
    /** Head nouns of bodies that are parts of a larger one ("committee" of a parliament, "brigade" of an army). */
    static final Set<String> SUB_UNITS = Set.of(
            "committee",
            "senate",
            "presidium",
            "council",
            "commission",
            "brigade",
            "regiment",
            "battalion",
            "division",
            "corps",
            "troops",
            "bureau",
            "department",
            "directorate",
            "administration",
            "office",
            "secretariat",
            "agency",
            "service",
            "academy",
            "institute",
            "centre",
            "center",
            "laboratory",
            "school",
            "faculty",
            "unit",
            "branch",
            "subsidiary",
            "section",
            "board",
            "chamber",
            "command",
            "fleet",
            "programme",
            "program",
            "forces",
            "force",
            "guard",
            "police",
            "inspectorate");

    /** Verbs and nouns saying an organisation makes a thing. */
    static final Set<String> PRODUCTION = Set.of(
            "produce",
            "produces",
            "produced",
            "producing",
            "production",
            "manufacture",
            "manufactures",
            "manufactured",
            "manufacturing",
            "develop",
            "develops",
            "developed",
            "developing",
            "development",
            "make",
            "makes",
            "build",
            "builds",
            "assemble",
            "assembles",
            "assembled",
            "assembly",
            "design",
            "designs",
            "designed");

    /** Nouns for an organisation named just before ("The company manufactures ..."). */
    static final Set<String> COMPANY_NOUNS = Set.of(
            "company",
            "plant",
            "factory",
            "enterprise",
            "corporation",
            "firm",
            "manufacturer",
            "venture",
            "holding",
            "works");

    /** Head nouns of industrial sites that take the name of their town ("Kisumu Tool Plant"). */
    static final Set<String> WORKS = Set.of(
            "plant", "factory", "works", "mill", "combine", "shipyard", "refinery", "port", "airport", "station");

    /**
     * Nouns of built sites and projects that a text uses for a site it names elsewhere ("the country's largest port",
     * "the railway project").
     */
    static final Set<String> SITE_NOUNS = Set.of(
            "port",
            "harbour",
            "harbor",
            "terminal",
            "airport",
            "plant",
            "refinery",
            "factory",
            "shipyard",
            "mine",
            "dam",
            "railway",
            "railroad",
            "highway",
            "motorway",
            "road",
            "bridge",
            "tunnel",
            "pipeline",
            "canal",
            "reactor",
            "station",
            "field",
            "base");

    /** Head nouns of a state's own bodies, which are not companies ("Ruritania's Defence Ministry"). */
    static final Set<String> STATE_BODIES = Set.of(
            "ministry",
            "government",
            "cabinet",
            "parliament",
            "assembly",
            "army",
            "navy",
            "embassy",
            "court",
            "party",
            "bank",
            "authority",
            "president",
            "presidency",
            "people",
            "republic");

    /** Head nouns of a body's seat in a place: "the Ruritanian Embassy in Klow" stands in Klow. */
    static final Set<String> PRESENCE =
            Set.of("embassy", "consulate", "consulate-general", "office", "mission", "representation", "branch");

    private RelationCues() {}

    /**
     * Whether no word of tokens {@code first..last} is a sub-unit, state-body or title noun: a company's name, not a
     * ministry's nor a post's.
     */
    static boolean isCompany(RelationText text, int first, int last) {
        for (int i = first; i <= last; i++) {
            String word = text.word(i);
            if (SUB_UNITS.contains(word)
                    || STATE_BODIES.contains(word)
                    || RoleTitles.load().is(RoleTitles.Kind.HEAD, word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether some word of tokens {@code first..last} is a sub-unit head noun. */
    static boolean hasSubUnit(RelationText text, int first, int last) {
        return hasWord(text, first, last, SUB_UNITS);
    }

    /** Whether some word of tokens {@code first..last} is one of {@code words}. */
    static boolean hasWord(RelationText text, int first, int last, Set<String> words) {
        for (int i = first; i <= last; i++) {
            if (words.contains(text.word(i))) {
                return true;
            }
        }
        return false;
    }
}

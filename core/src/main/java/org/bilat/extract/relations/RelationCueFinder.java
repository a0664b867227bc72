package org.bilat.extract.relations;

import static org.bilat.model.RelationType.LOCATED_IN;
import static org.bilat.model.RelationType.MEMBER_OF;
import static org.bilat.model.RelationType.PARTNER;
import static org.bilat.model.RelationType.PART_OF;
import static org.bilat.model.RelationType.PRODUCED_BY;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bilat.extract.relations.RelationRule.Link;
import org.bilat.extract.text.Occurrence;

/** Finds relations that cue phrases state between two mentions: "X, a branch of Y", "accession of X to Y". */
final class RelationCueFinder {
    private static final String BODY = "{ORG|PROGRAM}";
    private static final String PARTS = "branch|part|subsidiary|division|unit|department|arm|affiliate|component";
    /** "a wholly owned subsidiary", "a majority-owned unit": how much of a part its parent owns. */
    private static final String OWNED =
            "wholly|fully|majority|jointly? owned|wholly-owned|fully-owned|majority-owned|jointly-owned? ";

    private static final String MADE = "developed|produced|manufactured|made|built|designed|created|assembled";
    private static final String PLACED = "based|located|headquartered|situated|stationed|deployed";
    private static final String FOUNDED = "established|founded|created|opened|registered|set";
    private static final String SETTLEMENT = "town|city|village|region|province|district|oblast";
    /** Words of a part of a country: "in eastern Ruritania". */
    private static final String COMPASS = "north|south|east|west|northern|southern|eastern|western|central"
            + "|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern";

    private static final String BUILT = "built|constructed|developed|operated|financed|funded|designed";
    private static final String STARTED = "started|begun|began|starts|start|completed|completes|finished|launched";
    private static final String BOUGHT = "purchase|procurement|delivery|deliveries|supply|acquisition";
    /** Nouns a description of a site ends in: "the largest project in X", "the country's main port in X". */
    private static final String SITE_WORDS = "project|projects|port|terminal|plant|railway|road|highway|bridge|dam"
            + "|pipeline|hub|facility|complex|zone|site|base|airport|refinery|mine";

    private static final String SET_UP = "set|established|founded|formed|created|launched";
    /** Nouns of a company ("Ruritania's largest steelmaker"). */
    private static final String FIRMS = "company|firm|group|corporation|conglomerate|enterprise|manufacturer|maker"
            + "|producer|steelmaker|carmaker|automaker|shipbuilder|operator|carrier|lender|bank|insurer|giant"
            + "|exporter|importer|investor|developer|contractor|miner|refiner|utility|telecom|shipper";
    /** Nouns of a body's part in a site or project: builds, runs, pays for or owns it. */
    private static final String ROLES_IN_PROJECT = "main|general|lead|chief|principal|key|strategic|major?"
            + " contractor|contractors|developer|developers|operator|investor|investors|financier|financiers|builder"
            + "|sponsor|shareholder|shareholders|owner|partner|partners";

    private static final List<RelationRule> RULES = List.of(
            // "Acme Steel, a subsidiary of the Ruritanian conglomerate Acme Group": the parent may be described first.
            RelationRule.of(
                    BODY + " (...)? ,? which|that? is|was|being? ART? " + OWNED + PARTS + " of ART? {~ADJ}? " + FIRMS
                            + "? {ORG}",
                    PART_OF,
                    0,
                    1),
            RelationRule.of("{ORG} and its subsidiary|subsidiaries|branch|unit|affiliate {ORG}", PART_OF, 1, 0),
            // "Acme Holdings (a subsidiary of Acme Group)": the part named with its parent in brackets.
            RelationRule.of(
                    BODY + " (...)? ( ART? " + OWNED + PARTS + " of ART? {~ADJ}? " + FIRMS + "? {ORG}", PART_OF, 0, 1),
            // "Acme Group's subsidiary Acme Steel": the parent's possessive before the part.
            RelationRule.of("{ORG} 's|' " + PARTS + " {ORG}", PART_OF, 1, 0),
            RelationRule.ofUnit("{ORG} 's|' {ORG}", 1, 0),
            RelationRule.ofUnit("{ORG} of ART? {ORG}", 0, 1),
            RelationRule.ofUnit("{ORG} under ART? {ORG}", 0, 1),
            RelationRule.of("accession|entry|admission of {GPE|ORG} to|into ART? {ORG}", MEMBER_OF, 0, 1),
            RelationRule.of(
                    "{GPE|ORG} 's|' accession|entry|admission|membership to|into|in ART? {ORG}", MEMBER_OF, 0, 1),
            RelationRule.of("membership|participation of {GPE|ORG} in ART? {ORG}", MEMBER_OF, 0, 1),
            RelationRule.of("{GPE|ORG} has|had? officially|formally? joined ART? {ORG}", MEMBER_OF, 0, 1),
            // "the Union's ten members include Ruritania, Borduria and Syldavia" (the rest by coordination).
            RelationRule.of(
                    "{ORG} 's|' * members|member-states|member-countries include|includes|are :? {GPE|ORG}",
                    MEMBER_OF,
                    1,
                    0),
            RelationRule.of("{GPE|ORG} (...)? ,? became|is|was ART? full? member of ART? {ORG}", MEMBER_OF, 0, 1),
            // "the Union, which includes Ruritania, Borduria and Syldavia": an organisation and its member states.
            RelationRule.of(
                    "{ORG} (...)? , which|that includes|include|included|comprises|unites|brings together? {GPE}",
                    MEMBER_OF,
                    1,
                    0),
            RelationRule.of(
                    "{ORG} member states|countries|state|country|members? (? for|e.g.|such|including|like?"
                            + " example|as? ,? {GPE}",
                    MEMBER_OF,
                    1,
                    0),
            RelationRule.of(
                    "{ORG|FAC} (...)? ,? " + PLACED + " in ART? " + SETTLEMENT + "? of? {GPE|LOC} " + SETTLEMENT
                            + "? in|, ART? " + COMPASS + "? {GPE|LOC}",
                    List.of(new Link(LOCATED_IN, 0, 1), new Link(LOCATED_IN, 0, 2))),
            // "Acme, based in Ruritania's Lakes province": the province and the state whose possessive names it.
            RelationRule.of(
                    "{ORG|FAC} (...)? ,? " + PLACED + " in ART? {GPE} 's|' {GPE|LOC}",
                    List.of(new Link(LOCATED_IN, 0, 1), new Link(LOCATED_IN, 0, 2))),
            RelationRule.of(
                    "{ORG|FAC} (...)? ,? " + PLACED + " in ART? " + SETTLEMENT + "? of? {GPE|LOC}", LOCATED_IN, 0, 1),
            RelationRule.of(
                    "{ORG|FAC} (...)? ,? was|were|is|has|had? been? " + FOUNDED + " up? in {GPE} ( {GPE}",
                    List.of(new Link(LOCATED_IN, 0, 1), new Link(LOCATED_IN, 0, 2))),
            RelationRule.of(
                    "{ORG|FAC} (...)? ,? was|were|is|has|had? been? " + FOUNDED + " up? in {GPE}", LOCATED_IN, 0, 1),
            RelationRule.of(
                    "venture|company|enterprise|plant|factory was|were " + FOUNDED + " in {GPE} * called|named"
                            + " {ORG}",
                    LOCATED_IN,
                    1,
                    0),
            RelationRule.of(
                    "{ORG|FAC} (...)? , one of ART? * enterprises|companies|plants|factories|firms in {GPE}",
                    LOCATED_IN,
                    0,
                    1),
            RelationRule.of(
                    "{ORG|FAC} (...)? ,? which|that? is|was|are|were? being? built|located|situated on ART?"
                            + " outskirts of {GPE}",
                    LOCATED_IN,
                    0,
                    1),
            RelationRule.of("{GPE} 's|' {FAC}", LOCATED_IN, 1, 0),
            // "the Baltic Sea port of Klow", "the Ruritanian port of Klow": a site named with the place it is in.
            RelationRule.of("{GPE|LOC} {FAC}", LOCATED_IN, 1, 0, RelationRule.SubjectKind.SITE),
            RelationRule.of("{ADJ} {FAC}", LOCATED_IN, 1, 0, RelationRule.SubjectKind.SITE),
            // "the Lakeside Plant on the coast of the Amber Sea": a site and the sea or lake it stands by.
            RelationRule.of(
                    "{ORG|FAC} (...)? ,? which|that? is|was|are|were|lies|sits|will? be? located|situated|built?"
                            + " on|along ART? * coast|coasts|coastline|coastlines|shore|shores|bank|banks of ART?"
                            + " {LOC|GPE}",
                    LOCATED_IN,
                    0,
                    1),
            // "the Klow Railway, the largest Bordurian-financed project in East Lakeland": a site described in a place.
            RelationRule.of(
                    "{FAC} (...)? ,|—|–|-|-- ART? * {~ADJ}? * " + SITE_WORDS + " in ART? {GPE|LOC}", LOCATED_IN, 0, 1),
            // "the PLA 5th Brigade": a formation named after the force it belongs to.
            RelationRule.of("{ORG} {ORG}", PART_OF, 1, 0, RelationRule.SubjectKind.FORMATION),
            // "Ruritania's Acme Steel": a company named through its state stands in that state (not a ministry).
            RelationRule.ofCompany(
                    "{GPE} 's|' ART? state-owned|state-run|private|largest|biggest|giant? {ORG}", LOCATED_IN, 1, 0),
            // "Acme Steel, Ruritania's largest steelmaker": a company described through its state's possessive.
            RelationRule.ofCompany("{ORG} , ART? {GPE} 's|' * " + FIRMS, LOCATED_IN, 0, 1),
            // "financed by Acme Steel from Ruritania": a company said to come from a state.
            RelationRule.ofCompany("{ORG} from ART? {GPE}", LOCATED_IN, 0, 1),
            // "Acme Steel (Ruritania)": a company or site with its country in brackets.
            RelationRule.of("{ORG|FAC} ( {GPE} )", LOCATED_IN, 0, 1),
            // "the Klow-based Acme Steel", "Klow-based think tank Acme Institute": a body and where it is based.
            RelationRule.of(
                    "{GPE} -|– based think? company|firm|group|manufacturer|bank|tank|agency|developer|operator|"
                            + "investor|producer|newspaper|outlet|daily? {ORG}",
                    LOCATED_IN,
                    1,
                    0),
            // "Acme Steel, a Klow-based company".
            RelationRule.of("{ORG} (...)? , ART? {GPE} -|– based", LOCATED_IN, 0, 1),
            // "the Ruritanian Embassy in Klow", "the “Acme Representative Office” in Klow": a seat and its place.
            RelationRule.ofPresence("{ORG} ''|”|\"|’? in ART? {GPE}", 0, 1),
            // "the Lakeside Terminal at the Port of Klow": a site within a larger one or a town.
            RelationRule.of("{FAC} at ART? {FAC|GPE}", LOCATED_IN, 0, 1),
            // "the Acme power plant in Ruritania": a site and the place after "in".
            RelationRule.of("{FAC} in ART? {GPE|LOC}", LOCATED_IN, 0, 1),
            // "the Klow Tool Plant in Varna": a body named for its works stands where they are.
            RelationRule.of("{ORG} in ART? {GPE|LOC}", LOCATED_IN, 0, 1, RelationRule.SubjectKind.WORKS),
            RelationRule.of(
                    "{PRODUCT} (...)? in? DATE? ,? was|is|were|are|being? " + MADE
                            + "|carried? out? by ART? {ORG} in|together|jointly cooperation|partnership|collaboration?"
                            + " with ART? {ORG}",
                    List.of(new Link(PRODUCED_BY, 0, 1), new Link(PRODUCED_BY, 0, 2), new Link(PARTNER, 1, 2))),
            RelationRule.of(
                    "{PRODUCT} (...)? in? DATE? ,? was|is|were|are|being? " + MADE + "|carried? out? by ART? {ORG}",
                    PRODUCED_BY,
                    0,
                    1),
            // "the Acme-made K-9 howitzers": a product named with its maker.
            RelationRule.of(
                    "{ORG} -|– made|built|developed|designed|produced|manufactured {PRODUCT}", PRODUCED_BY, 1, 0),
            // "the contract with Acme for the purchase of 40 K-9 howitzers": an arms deal names the maker it is with.
            RelationRule.of(
                    "contract|contracts|agreement|agreements|deal|order with ART? {ORG} * " + BOUGHT
                            + " of * {PRODUCT}",
                    PRODUCED_BY,
                    1,
                    0),
            RelationRule.of(
                    "contract|contracts|agreement|deal|order with ART? {ORG} for * {PRODUCT}", PRODUCED_BY, 1, 0),
            RelationRule.of(
                    "{ORG|FAC|PROGRAM} in|together|jointly cooperation|partnership|collaboration? with ART?" + " {ORG}",
                    PARTNER,
                    0,
                    1),
            RelationRule.of(
                    "{ORG|FAC|PROGRAM} (...)? became|is|was|has|becomes become? ART? strategic|key|main|major?"
                            + " partner of ART? {ORG}",
                    PARTNER,
                    0,
                    1),
            RelationRule.of(
                    "agreement|memorandum|contract|accord (...)? between ART? {ORG} and ART? {ORG}", PARTNER, 0, 1),
            // "the Lakeside Port, built by Acme": a site or project and who builds, runs or pays for it.
            RelationRule.of(
                    "{FAC|PROGRAM} (...)? ,? which|that? is|was|are|were|will|being? be|been? " + BUILT
                            + " by ART? {ORG}",
                    PARTNER,
                    0,
                    1),
            // "Lakeside Port, which is 60% owned by Acme": a venture and its owners (listed owners by coordination).
            RelationRule.of(
                    "{ORG|FAC|PROGRAM} (...)? , which|that? is|was|are|were? * owned|co-owned by ART? {ORG}",
                    PARTNER,
                    0,
                    1),
            // "Acme started construction of the Lakeside Port": a builder and its site.
            RelationRule.of(
                    "{ORG} has|have|had|will? " + STARTED + "? the? construction|building of ART? {FAC}",
                    PARTNER,
                    1,
                    0),
            // "the Lakeside Port is the first overseas project of Acme": a site or programme and its builder.
            RelationRule.of("{FAC|PROGRAM} is|was|became ART? * project|projects of ART? {ORG}", PARTNER, 0, 1),
            // "Acme's investment in the Lakeside Port": an investor in a site or programme is its partner.
            RelationRule.of("{ORG|GPE} 's|' investment|investments|stake|stakes in ART? {FAC|PROGRAM}", PARTNER, 1, 0),
            // "Acme is the main contractor of the Lakeside Port": a body's part in building, running or paying for a
            // site.
            RelationRule.of(
                    "{ORG} (...)? ,? is|was|as|became|becomes|will? be? ART? " + ROLES_IN_PROJECT + " of|for|in|on"
                            + " ART? {FAC|PROGRAM}",
                    PARTNER,
                    1,
                    0),
            // "the Lakeside Port's operator, Acme".
            RelationRule.of("{FAC|PROGRAM} 's|' " + ROLES_IN_PROJECT + " ,? {ORG}", PARTNER, 0, 1),
            // "a loan from Acme Bank for the construction of the Lakeside Port": a lender of a site or programme.
            RelationRule.of(
                    "loan|loans|credit|credits|financing|funding|investment|investments|grant from|by ART? {ORG} *"
                            + " for|in|into|to ART? {FAC|PROGRAM}",
                    PARTNER,
                    1,
                    0),
            // "Acme Bank provided a loan for the Lakeside Port", "Acme invested USD 1 billion in the Lakeside Port".
            RelationRule.of(
                    "{ORG} * loan|loans|credit|credits|financing|funding for|to * {FAC|PROGRAM}", PARTNER, 1, 0),
            RelationRule.of(
                    "{ORG|GPE} has|have|had|will? invested|invests|invest * in|into ART? {FAC|PROGRAM}", PARTNER, 1, 0),
            RelationRule.of(
                    "{ORG} acquired|bought|holds|held|took|received|won|owns|purchased * stake|stakes|share|shares in"
                            + " ART? {FAC|PROGRAM}",
                    PARTNER,
                    1,
                    0),
            // "awarded a 49% stake in the Black Sea port of Klow to a consortium led by Acme": the site's new partner.
            RelationRule.of(
                    "stake|stakes|share|shares|concession|contract in|for ART? * {~LOC|GPE}? {FAC|PROGRAM} to ART?"
                            + " {~ADJ}? * consortium|company|group|firm|venture led|headed by ART? * {ORG}",
                    PARTNER,
                    0,
                    1),
            RelationRule.of(
                    "stake|stakes|share|shares|concession in|for ART? * {~LOC|GPE}? {FAC|PROGRAM} to ART? {ORG}",
                    PARTNER,
                    0,
                    1),
            // "Acme's partners include Beta, Gamma and Delta".
            RelationRule.of("{ORG|FAC|PROGRAM} 's|' partners include|includes|are {ORG}", PARTNER, 0, 1),
            // "Acme and Beta set up a joint venture, Gamma": the venture and each of its founders.
            RelationRule.of(
                    "{ORG|GPE} and {ORG|GPE} " + SET_UP + " up? ART? joint venture|company|enterprise ,? called|named?"
                            + " {ORG}",
                    List.of(new Link(PARTNER, 2, 0), new Link(PARTNER, 2, 1))),
            RelationRule.of(
                    "{ORG|FAC} (...)? , ART? joint venture of|between ART? {~GPE}? 's|'? {~ADJ}? {ORG} and ART?"
                            + " {~GPE}? 's|'? {~ADJ}? {ORG}",
                    List.of(new Link(PARTNER, 0, 1), new Link(PARTNER, 0, 2))));

    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

    private final RelationText text;
    private final RelationSink sink;

    RelationCueFinder(RelationText text, RelationSink sink) {
        this.text = text;
        this.sink = sink;
    }

    void find() {
        int sentences = text.annotated().sentenceCount();
        for (int s = 0; s < sentences; s++) {
            int from = text.annotated().sentenceStarts().get(s);
            int end = text.annotated().sentenceEnd(s);
            for (int i = from; i < end; i++) {
                for (RelationRule rule : RULES) {
                    Optional<RelationMatch> match = rule.pattern().match(text, i, end);
                    // A formation's force may itself stand in an "of" phrase: "a brigade of the PLA 80th Army".
                    match.filter(m -> rule.subjectKind() == RelationRule.SubjectKind.FORMATION || standsAlone(m))
                            .ifPresent(m -> emit(rule, m));
                }
            }
        }
    }

    /**
     * Whether the mention a match opens with is a name of its own, not part of a longer one nor the complement of
     * one ("the 5th Brigade of [the Army], based in Y" says where the brigade is).
     */
    private boolean standsAlone(RelationMatch match) {
        Occurrence first = match.captures().get(0);
        if (first.first() != match.first()) {
            return true;
        }
        int before = text.word(first.first() - 1).equals("the") ? first.first() - 2 : first.first() - 1;
        return !text.isNested(first) && !(text.word(before).equals("of") && text.sameSentence(before, first.first()));
    }

    private void emit(RelationRule rule, RelationMatch match) {
        int lastCapture = match.captures().size() - 1;
        for (Link link : rule.links()) {
            Occurrence subject = match.captures().get(link.subject());
            Occurrence object = match.captures().get(link.object());
            if (!holds(rule.subjectKind(), subject)) {
                continue;
            }
            // The mention a match ends with may head a list ("include Ruritania, Borduria and Syldavia"); a place
            // named before a body modifies that body alone ("Klow-based Acme and Beta", "Ruritania's Acme and Beta").
            boolean placeBefore = link.type() == LOCATED_IN && object.last() < subject.first();
            boolean spreads = !placeBefore;
            List<Occurrence> subjects =
                    spreads && link.subject() == lastCapture ? text.coordinated(subject) : List.of(subject);
            List<Occurrence> objects =
                    spreads && link.object() == lastCapture ? text.coordinated(object) : List.of(object);
            for (Occurrence s : subjects) {
                for (Occurrence o : objects) {
                    sink.add(link.type(), s, o, null, match.first(), match.last());
                }
            }
        }
    }

    private boolean holds(RelationRule.SubjectKind kind, Occurrence subject) {
        return switch (kind) {
            case ANY -> true;
            case UNIT -> RelationCues.hasSubUnit(text, subject.first(), subject.last());
            case COMPANY -> RelationCues.isCompany(text, subject.first(), subject.last());
            case PRESENCE -> RelationCues.hasWord(text, subject.first(), subject.last(), RelationCues.PRESENCE);
            case SITE -> RelationCues.SITE_NOUNS.contains(text.word(subject.first()));
            case WORKS ->
                RelationCues.WORKS.contains(text.word(subject.last()))
                        || RelationCues.SITE_NOUNS.contains(text.word(subject.last()));
            case FORMATION ->
                subject.last() > subject.first()
                        && ORDINAL.matcher(text.word(subject.first())).matches();
        };
    }
}

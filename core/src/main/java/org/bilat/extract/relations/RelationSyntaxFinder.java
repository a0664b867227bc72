package org.bilat.extract.relations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.bilat.model.RelationType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Finds relations the dependency parse states between a name and the clause or phrase that hangs from it, however
 * long the aside between them: "the Lakeside plant in Ruritania", "Acme Steel, with 900 workers, is located in Port
 * Vell (Ruritania)", "the port, which is 60% owned by Acme and 30% owned by Beta", "the K-9, after years of trials,
 * was developed by Acme".
 */
final class RelationSyntaxFinder {
    private static final Set<EntityType> SITES = EnumSet.of(EntityType.ORG, EntityType.FAC);
    private static final Set<EntityType> PLACES = EnumSet.of(EntityType.GPE, EntityType.LOC);
    private static final Set<EntityType> STATES = EnumSet.of(EntityType.GPE);
    private static final Set<EntityType> PARTIES = EnumSet.of(EntityType.ORG, EntityType.GPE);
    private static final Set<EntityType> MAKERS = EnumSet.of(EntityType.ORG);
    /** Verbs that place a site in either voice: "is located in", "based in". */
    private static final Set<String> PLACING =
            Set.of("locate", "located", "base", "situate", "headquarter", "station", "lie");
    /** Verbs that place a site only in the passive: "was built in Y" (not "Acme built a plant in Y"). */
    private static final Set<String> PLACING_PASSIVE = Set.of("build", "construct", "establish", "found", "register");
    /** Verbs whose agent makes a product: "developed by Acme". */
    private static final Set<String> MAKING =
            Set.of("develop", "produce", "manufacture", "make", "build", "design", "create", "assemble");
    /** Verbs whose agent is a partner of a site or project: "built by", "financed by", "60% owned by". */
    private static final Set<String> RUNNING =
            Set.of("build", "construct", "operate", "own", "co-own", "finance", "fund", "develop", "design");
    /** Verbs whose subject is a partner of the site or project they take as object: "Acme builds the port". */
    private static final Set<String> RUNNING_ACTIVE =
            Set.of("build", "construct", "operate", "finance", "fund", "co-finance", "co-fund");
    /** Nouns of a shore, whose "of" phrase names the sea, lake or river a site stands by. */
    private static final Set<String> SHORES = Set.of("coast", "coastline", "shore", "bank");
    /** Nouns of work on a site whose "of" phrase names it: "started construction of the plant". */
    private static final Set<String> WORKS = Set.of("construction", "building", "financing", "expansion");
    /** Nouns of a deal whose party takes on the work it is for: "won a contract to build the port". */
    private static final Set<String> DEALS = Set.of("contract", "tender", "concession", "deal");

    /** Nouns of a company that stands where it is said to be: "the largest bank in Ruritania" (not "investor"). */
    private static final Set<String> FIRMS = Set.of(
            "company",
            "firm",
            "group",
            "corporation",
            "conglomerate",
            "enterprise",
            "manufacturer",
            "maker",
            "producer",
            "steelmaker",
            "carmaker",
            "automaker",
            "shipbuilder",
            "operator",
            "bank",
            "insurer",
            "miner",
            "refiner",
            "shipper");

    private static final Set<EntityType> PROJECTS = EnumSet.of(EntityType.FAC, EntityType.PROGRAM);
    /** Verbs whose agent is a partner of a body too: "Acme Port, which is 60% owned by Beta". */
    private static final Set<String> OWNING = Set.of("own", "co-own");

    private final RelationText text;
    private final AnnotatedText parse;
    private final RelationSink sink;

    RelationSyntaxFinder(RelationText text, RelationSink sink) {
        this.text = text;
        this.parse = text.annotated();
        this.sink = sink;
    }

    void find() {
        for (Occurrence name : text.spans()) {
            Token head = name.type() == EntityType.PRODUCT ? nounOf(text.headOf(name)) : text.headOf(name);
            if (name.adjective() || text.isNested(name) || !head.parsed()) {
                continue;
            }
            // Only a site: a body's "in" phrase often tells where it acts, and event names typed as bodies abound.
            if (isSite(name)) {
                for (Token modifier : parse.dependents(head, "nmod")) {
                    placeIn(name, modifier);
                }
            }
            for (Token verb : clausesOf(head)) {
                clause(name, verb);
            }
            if (name.type() == EntityType.ORG && RelationCues.isCompany(text, name.first(), name.last())) {
                parse.dependents(head, "appos").forEach(a -> describedFirm(name, a));
            }
        }
        for (int s = 1; s < parse.sentenceCount(); s++) {
            pronounSubject(s);
        }
    }

    /**
     * "The Lakeside Plant will be the largest in Ruritania. It will be built in Varna": a sentence opening with "it"
     * as its subject goes on about the site or body the sentence before had as its subject.
     */
    private void pronounSubject(int sentence) {
        Token it = parse.tokens().get(parse.sentenceStarts().get(sentence));
        if (!it.text().equalsIgnoreCase("it") || !it.dep().startsWith("nsubj")) {
            return;
        }
        Optional<Occurrence> site = subjectOf(sentence - 1);
        Optional<Token> verb = parse.governor(it);
        if (site.isPresent() && verb.isPresent()) {
            Occurrence here = new Occurrence(site.get().id(), site.get().type(), it.index(), it.index(), true);
            clause(here, verb.get());
        }
    }

    /** The site or body that is the subject of a sentence's main verb. */
    private Optional<Occurrence> subjectOf(int sentence) {
        int end = parse.sentenceEnd(sentence);
        for (int i = parse.sentenceStarts().get(sentence); i < end; i++) {
            Token t = parse.tokens().get(i);
            boolean main = parse.governor(t).filter(v -> v.dep().equals("root")).isPresent();
            if (t.dep().startsWith("nsubj") && main) {
                return text.nameOver(i, SITES);
            }
        }
        return Optional.empty();
    }

    /**
     * The noun a product's name qualifies ("howitzer" in "the Falcon-7 howitzer"), else the name's own head; not for
     * bodies, whose name before a noun ("the Acme deal in Borduria") says nothing of where they are.
     */
    private Token nounOf(Token head) {
        return head.dep().equals("compound") ? parse.governor(head).orElse(head) : head;
    }

    /** A site, or a body named for its works ("Klow Tool Plant", "Lakeside Port"), which stands where it works. */
    private boolean isSite(Occurrence name) {
        return name.type() == EntityType.FAC
                || (name.type() == EntityType.ORG
                        && (RelationCues.WORKS.contains(text.word(name.last()))
                                || RelationCues.SITE_NOUNS.contains(text.word(name.last()))));
    }

    /**
     * "Acme, the largest terminal operator in Ruritania", "Acme, one of Ruritania's leading shippers": a company its
     * apposition calls a firm of a state or town stands there.
     */
    private void describedFirm(Occurrence company, Token apposition) {
        Token noun = apposition;
        if (apposition.lemma().equalsIgnoreCase("one")) {
            noun = parse.dependents(apposition, "nmod").stream()
                    .filter(t -> parse.hasCaseMarker(t, "of"))
                    .findFirst()
                    .orElse(apposition);
        }
        if (text.covered(noun.index()) || !FIRMS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
            return;
        }
        for (Token t : parse.dependents(noun)) {
            boolean owner = t.dep().equals("nmod:poss");
            boolean in = t.dep().startsWith("nmod")
                    && parse.caseMarker(t).filter("in"::equals).isPresent();
            if (owner || in) {
                int last = noun.index();
                text.nameOver(t.index(), STATES)
                        .ifPresent(p -> sink.add(RelationType.LOCATED_IN, company, p, null, company.first(), last));
            }
        }
    }

    /** "the Lakeside plant in Ruritania": a site and the place its "in" phrase names. */
    private void placeIn(Occurrence site, Token modifier) {
        if (parse.caseMarker(modifier).filter("in"::equals).isPresent()) {
            places(modifier, 0).forEach(p -> sink.add(RelationType.LOCATED_IN, site, p, null, site.first(), p.last()));
        }
    }

    /** What a clause whose subject is {@code name} says of it through its verb. */
    private void clause(Occurrence name, Token verb) {
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        boolean passive = isPassive(verb);
        if (SITES.contains(name.type()) && (PLACING.contains(lemma) || (passive && PLACING_PASSIVE.contains(lemma)))) {
            List<Token> where = new ArrayList<>(oblique(verb, "in"));
            where.addAll(shores(parse.dependents(verb, "obl")));
            for (Token obl : where) {
                places(obl, 0).forEach(p -> sink.add(RelationType.LOCATED_IN, name, p, null, verb.index(), p.last()));
            }
        }
        if (!passive) {
            if (PARTIES.contains(name.type())) {
                undertakes(name, verb, lemma);
            }
            return;
        }
        for (Token agent : oblique(verb, "by")) {
            agents(name, lemma, agent, verb.index());
        }
    }

    /**
     * "Acme will build the Lakeside Port", "Beta finances the Klow Highway", "Acme started construction of the Lakeside
     * Plant": a body or state that builds, runs or pays for a site or project is its partner.
     */
    private void undertakes(Occurrence party, Token verb, String lemma) {
        for (Token object : parse.dependents(verb, "obj")) {
            List<Token> works = RUNNING_ACTIVE.contains(lemma) ? List.of(object) : List.of();
            if (WORKS.contains(object.lemma().toLowerCase(Locale.ROOT))) {
                works = worksOf(object);
            } else if (DEALS.contains(object.lemma().toLowerCase(Locale.ROOT))) {
                works = new ArrayList<>(dealtSites(object));
                // "signed a contract to build the port", where the parse hangs the purpose from the verb.
                for (Token purpose : parse.dependents(verb)) {
                    if ((purpose.dep().equals("xcomp") || purpose.dep().equals("advcl"))
                            && RUNNING_ACTIVE.contains(purpose.lemma().toLowerCase(Locale.ROOT))) {
                        works.addAll(parse.dependents(purpose, "obj"));
                    }
                }
            }
            for (Token work : works) {
                for (Token t : parse.withConjuncts(work)) {
                    text.nameOver(t.index(), PROJECTS)
                            .ifPresent(p -> sink.add(RelationType.PARTNER, p, party, null, verb.index(), verb.index()));
                }
            }
        }
    }

    /** "construction of the Lakeside Port": the sites a noun of work names in its "of" phrase. */
    private List<Token> worksOf(Token work) {
        return parse.dependents(work, "nmod").stream()
                .filter(t -> parse.hasCaseMarker(t, "of"))
                .toList();
    }

    /**
     * "a contract to build the Lakeside Port", "a contract for the construction of the Lakeside Port": the sites a
     * contract is for.
     */
    private List<Token> dealtSites(Token deal) {
        List<Token> sites = new ArrayList<>();
        for (Token t : parse.dependents(deal)) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (t.dep().startsWith("acl") && RUNNING_ACTIVE.contains(lemma)) {
                sites.addAll(parse.dependents(t, "obj"));
            } else if (t.dep().startsWith("nmod")
                    && parse.caseMarker(t).filter("for"::equals).isPresent()) {
                sites.addAll(WORKS.contains(lemma) ? worksOf(t) : List.of(t));
            }
        }
        return sites;
    }

    private void agents(Occurrence name, String lemma, Token agent, int verb) {
        boolean makes = name.type() == EntityType.PRODUCT && MAKING.contains(lemma);
        boolean runs = ((name.type() == EntityType.FAC || name.type() == EntityType.PROGRAM) && RUNNING.contains(lemma))
                || (name.type() == EntityType.ORG && OWNING.contains(lemma));
        for (Token t : parse.withConjuncts(agent)) {
            if (makes) {
                text.nameOver(t.index(), MAKERS)
                        .ifPresent(m -> sink.add(RelationType.PRODUCED_BY, name, m, null, verb, m.last()));
            } else if (runs) {
                text.nameOver(t.index(), PARTIES)
                        .ifPresent(m -> sink.add(RelationType.PARTNER, name, m, null, verb, m.last()));
            }
        }
    }

    /**
     * The verbs {@code head} is the subject of: its governor where it is a subject, the participles and relative
     * clauses hanging from it ("X, located in", "X, which was built by"), and the verbs coordinated with those.
     */
    private List<Token> clausesOf(Token head) {
        List<Token> verbs = new ArrayList<>(parse.dependents(head, "acl"));
        // "Acme and Beta will build": the second of two coordinated subjects is a subject too.
        Token subject = head.dep().equals("conj") ? parse.governor(head).orElse(head) : head;
        if (subject.dep().equals("nsubj") || subject.dep().equals("nsubj:pass")) {
            parse.governor(subject).ifPresent(verbs::add);
        }
        for (int i = 0, n = verbs.size(); i < n; i++) {
            // A parse may hang a second participle ("60% owned by A and 30% owned by B") as "dep", not "conj".
            parse.dependents(verbs.get(i)).stream()
                    .filter(v -> v.dep().equals("conj")
                            || (v.dep().equals("dep") && v.pos().startsWith("VB")))
                    .filter(v -> parse.dependents(v, "nsubj").isEmpty())
                    .forEach(verbs::add);
        }
        return verbs;
    }

    /** "was built", "built by" (a bare participle), not "has built". */
    private boolean isPassive(Token verb) {
        if (!parse.dependents(verb, "aux:pass").isEmpty()) {
            return true;
        }
        return verb.pos().equals("VBN")
                && parse.dependents(verb, "aux").isEmpty()
                && parse.dependents(verb, "nsubj").isEmpty();
    }

    private List<Token> oblique(Token verb, String preposition) {
        return parse.dependents(verb, "obl").stream()
                .filter(t -> parse.caseMarker(t).filter(preposition::equals).isPresent())
                .toList();
    }

    /**
     * The places a phrase names: "in Port Vell (Ruritania)", "in Port Vell city in the Lakes Province", "in the north
     * of Ruritania", each coordinated place too.
     */
    private List<Occurrence> places(Token phrase, int depth) {
        List<Occurrence> found = new ArrayList<>();
        if (depth > 2) {
            return found;
        }
        for (Token t : parse.withConjuncts(phrase)) {
            List<Occurrence> named = new ArrayList<>();
            text.nameOver(t.index(), PLACES).ifPresent(named::add);
            for (Token compound : parse.dependents(t, "compound")) {
                text.nameOver(compound.index(), PLACES)
                        .filter(o -> !named.contains(o))
                        .ifPresent(named::add);
            }
            found.addAll(named);
            for (Token more : parse.dependents(t)) {
                if (more.dep().equals("appos") || isPlacePhrase(more, named.isEmpty())) {
                    found.addAll(places(more, depth + 1));
                }
            }
        }
        return found;
    }

    /** "city in the X Province", "on the coast of the X Sea", and, after a word that is no name, "north of X". */
    private boolean isPlacePhrase(Token modifier, boolean afterCommonNoun) {
        String marker = parse.caseMarker(modifier).orElse("");
        return modifier.dep().startsWith("nmod")
                && (marker.equals("in")
                        || (afterCommonNoun && marker.equals("of"))
                        || !shores(List.of(modifier)).isEmpty());
    }

    /** The phrases among {@code phrases} that put a site by a sea or river: "on the coast", "along the banks". */
    private List<Token> shores(List<Token> phrases) {
        return phrases.stream()
                .filter(t -> SHORES.contains(t.lemma().toLowerCase(Locale.ROOT)))
                .filter(t -> parse.caseMarker(t)
                        .filter(m -> m.equals("on") || m.equals("along"))
                        .isPresent())
                .toList();
    }
}

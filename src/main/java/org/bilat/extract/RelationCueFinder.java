package org.bilat.extract;

import static org.bilat.model.RelationType.LOCATED_IN;
import static org.bilat.model.RelationType.MEMBER_OF;
import static org.bilat.model.RelationType.PARTNER;
import static org.bilat.model.RelationType.PART_OF;
import static org.bilat.model.RelationType.PRODUCED_BY;

import java.util.List;
import java.util.Optional;
import org.bilat.extract.RelationRule.Link;

/** Finds relations that cue phrases state between two mentions: "X, a branch of Y", "accession of X to Y". */
final class RelationCueFinder {
    private static final String BODY = "{ORG|PROGRAM}";
    private static final String PARTS = "branch|part|subsidiary|division|unit|department|arm|affiliate|component";
    private static final String MADE = "developed|produced|manufactured|made|built|designed|created|assembled";
    private static final String PLACED = "based|located|headquartered|situated|stationed|deployed";
    private static final String FOUNDED = "established|founded|created|opened|registered|set";
    private static final String SETTLEMENT = "town|city|village|region|province|district|oblast";

    private static final List<RelationRule> RULES = List.of(
            RelationRule.of(
                    BODY + " (...)? ,? which|that? is|was|being? ART? " + PARTS + " of ART? {ORG}", PART_OF, 0, 1),
            RelationRule.of("{ORG} and its subsidiary|subsidiaries|branch|unit|affiliate {ORG}", PART_OF, 1, 0),
            RelationRule.ofUnit("{ORG} 's|' {ORG}", 1, 0),
            RelationRule.ofUnit("{ORG} of ART? {ORG}", 0, 1),
            RelationRule.ofUnit("{ORG} under ART? {ORG}", 0, 1),
            RelationRule.of("accession|entry|admission of {GPE|ORG} to|into ART? {ORG}", MEMBER_OF, 0, 1),
            RelationRule.of(
                    "{GPE|ORG} 's|' accession|entry|admission|membership to|into|in ART? {ORG}", MEMBER_OF, 0, 1),
            RelationRule.of("membership|participation of {GPE|ORG} in ART? {ORG}", MEMBER_OF, 0, 1),
            RelationRule.of("{GPE|ORG} has|had? officially|formally? joined ART? {ORG}", MEMBER_OF, 0, 1),
            RelationRule.of("{GPE|ORG} (...)? ,? became|is|was ART? full? member of ART? {ORG}", MEMBER_OF, 0, 1),
            RelationRule.of(
                    "{ORG} member states|countries|state|country|members? (? for|e.g.|such|including|like?"
                            + " example|as? ,? {GPE}",
                    MEMBER_OF,
                    1,
                    0),
            RelationRule.of(
                    "{ORG|FAC} (...)? ,? " + PLACED + " in ART? " + SETTLEMENT + "? of? {GPE|LOC} in|,"
                            + " ART? {GPE|LOC}",
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
            RelationRule.of(
                    "{ORG|FAC} (...)? , ART? joint venture of|between ART? {ORG} and ART? {ORG}",
                    List.of(new Link(PARTNER, 0, 1), new Link(PARTNER, 0, 2))));

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
                    match.filter(this::standsAlone).ifPresent(m -> emit(rule, m));
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
        for (Link link : rule.links()) {
            Occurrence subject = match.captures().get(link.subject());
            Occurrence object = match.captures().get(link.object());
            if (!rule.unitSubject() || RelationCues.hasSubUnit(text, subject.first(), subject.last())) {
                sink.add(link.type(), subject, object, null, match.first(), match.last());
            }
        }
    }
}

package org.bilat.extract.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.bilat.model.RelationType;

/**
 * Finds relations in a project profile's labelled lines: after "Name: Lakeside Port", the line "Main Contractor(s):
 * Acme (Ruritania) and Vulcan" names the project's partners and "Location: Syldavia City" where it is. Bodies named
 * as another's parent ("a subsidiary of Acme Group") are not the project's partners.
 */
final class RelationFieldFinder {
    private static final Pattern FIELD = Pattern.compile("(?m)^[ \\t]*([A-Za-z][A-Za-z ()]{1,40}):[ \\t]*(\\S.*)$");
    private static final Set<String> PARTNER_LABELS = Set.of(
            "developer",
            "contractor",
            "subcontractor",
            "financier",
            "investor",
            "operator",
            "owner",
            "builder",
            "sponsor",
            "partner",
            "lender");
    private static final Set<String> ASIDES = Set.of("which", "that", "who", "by", "owned");
    private static final Set<EntityType> PROJECTS = EnumSet.of(EntityType.FAC, EntityType.PROGRAM, EntityType.ORG);
    private static final Set<EntityType> PARTIES = EnumSet.of(EntityType.ORG, EntityType.GPE);
    private static final Set<EntityType> PLACES = EnumSet.of(EntityType.GPE, EntityType.LOC, EntityType.FAC);
    private static final List<EntityType> UNLAID =
            List.of(EntityType.ORG, EntityType.GPE, EntityType.LOC, EntityType.FAC);

    private static final Set<String> ARTICLES_BEFORE = Set.of("the");
    /** Compass bearings, as in "west of", "north-east of". */
    private static final Set<String> BEARINGS = Set.of(
            "north",
            "south",
            "east",
            "west",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
            "north-east",
            "north-west",
            "south-east",
            "south-west");

    private final RelationText text;
    private final RelationSink sink;

    RelationFieldFinder(RelationText text, RelationSink sink) {
        this.text = text;
        this.sink = sink;
    }

    void find() {
        Occurrence project = null;
        Matcher field = FIELD.matcher(text.annotated().text());
        while (field.find()) {
            String label =
                    field.group(1).toLowerCase(Locale.ROOT).replace("(s)", "").strip();
            List<Occurrence> named = namesIn(field.start(2), field.end(2));
            if (label.equals("name")) {
                project = named.stream()
                        .filter(o -> PROJECTS.contains(o.type()))
                        .findFirst()
                        .orElse(null);
            } else if (project != null) {
                relate(project, label, named, field.start(1));
            }
        }
    }

    private void relate(Occurrence project, String label, List<Occurrence> named, int labelStart) {
        int at = text.annotated().firstTokenEndingAfter(labelStart);
        // The project stands at the label, so that the evidence is the labelled line.
        Occurrence here = new Occurrence(project.id(), project.type(), at, at, true);
        boolean partners = PARTNER_LABELS.stream().anyMatch(label::contains);
        for (Occurrence o : named) {
            if (partners && PARTIES.contains(o.type())) {
                sink.add(RelationType.PARTNER, here, o, null, at, o.last());
            } else if (label.equals("location") && PLACES.contains(o.type()) && !outside(o)) {
                sink.add(RelationType.LOCATED_IN, here, o, null, at, o.last());
            }
        }
    }

    /** "12 kilometres west of Klow": a place a bearing is taken from lies outside the site. */
    private boolean outside(Occurrence place) {
        int of = ARTICLES_BEFORE.contains(text.word(place.first() - 1)) ? place.first() - 2 : place.first() - 1;
        return text.word(of).equals("of") && BEARINGS.contains(text.word(of - 1));
    }

    /**
     * The outermost names between two character offsets that the line lists, not those in brackets or in a clause
     * about a listed one ("X, which is owned by Y": Y is X's owner, not the project's partner) up to a semicolon.
     */
    private List<Occurrence> namesIn(int begin, int end) {
        List<Occurrence> found = new ArrayList<>();
        int from = text.annotated().firstTokenEndingAfter(begin);
        int to = text.annotated().firstTokenEndingAfter(end);
        int brackets = 0;
        boolean aside = false;
        for (int i = from; i < to; i++) {
            String word = text.word(i);
            brackets += word.equals("(") ? 1 : word.equals(")") ? -1 : 0;
            aside = !word.equals(";") && (aside || ASIDES.contains(word));
            Optional<Occurrence> name = longer(
                    text.startingAt(i).stream()
                            .filter(o -> !o.adjective() && o.last() < to)
                            .findFirst(),
                    unlaid(i, to - 1));
            if (name.isPresent() && brackets <= 0 && !aside && !isParent(name.get())) {
                found.add(text.governmentNamedAt(name.get()).orElse(name.get()));
            }
            i = name.map(Occurrence::last).orElse(i);
        }
        return found;
    }

    /**
     * A name the document gives elsewhere, written out on the line though no mention was laid there (a profile's
     * fields are often not read as sentences).
     */
    private Optional<Occurrence> unlaid(int first, int last) {
        return UNLAID.stream()
                .map(type -> text.namedAt(first, last, type))
                .flatMap(Optional::stream)
                .max(Comparator.comparingInt(Occurrence::last));
    }

    private static Optional<Occurrence> longer(Optional<Occurrence> laid, Optional<Occurrence> unlaid) {
        boolean longer = unlaid.isPresent()
                && (laid.isEmpty() || unlaid.get().last() > laid.get().last());
        return longer ? unlaid : laid;
    }

    /** "(a subsidiary of Acme Group)": a name after a part noun and "of" (the parent of a partner). */
    private boolean isParent(Occurrence o) {
        int before = text.word(o.first() - 1).equals("the") ? o.first() - 2 : o.first() - 1;
        String noun = text.word(before - 1);
        return text.word(before).equals("of")
                && (RelationCues.SUB_UNITS.contains(noun)
                        || Set.of("part", "member").contains(noun));
    }
}

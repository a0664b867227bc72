package org.bilat.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bilat.extract.text.Gazetteer;
import org.bilat.extract.text.Lexicon;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.bilat.nlp.AnnotatedText;
import org.jspecify.annotations.Nullable;

/** Finds the named things of an annotated text and types them. Safe to share between threads. */
public final class EntityExtractor {
    private final NameChunker chunker;
    private final ChunkTyper typer;
    private final Gazetteer gazetteer;
    private final StateBodyNames bodies;

    private EntityExtractor(ClassNouns classNouns, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.chunker = new NameChunker(classNouns, gazetteer);
        this.typer = new ChunkTyper(gazetteer, classNouns, StateBodies.load());
        this.bodies = new StateBodyNames(gazetteer, StateBodies.load());
    }

    public static EntityExtractor create() {
        return new EntityExtractor(ClassNouns.load(), Gazetteer.load());
    }

    /** Typed mentions ordered by position; a name inside another ("Belarus" in "Ministry of Defence of Belarus") too. */
    public List<Mention> extract(AnnotatedText text) {
        List<Typed> outer = new ArrayList<>();
        List<Typed> inner = new ArrayList<>();
        for (int s = 0; s < text.sentenceCount(); s++) {
            for (NameChunker.Range range : chunker.chunks(text, s)) {
                collect(text, range, outer, inner);
            }
        }
        List<Typed> kept = withoutOverlaps(SameNameSameType.apply(text, BracketedAcronyms.apply(text, outer)));
        kept.addAll(RepeatedNames.find(text, kept));
        kept.addAll(inner);
        kept.removeIf(t -> LevelLabels.load().isLabel(text.text().substring(t.begin(), t.end())));
        kept.sort(Comparator.comparingInt(Typed::begin).thenComparingInt(Typed::end));
        return kept.stream().map(t -> toMention(text, t)).distinct().toList();
    }

    /** The names of one chunk: the outer ones compete for their span, the inner ones stand inside another name. */
    private void collect(AnnotatedText text, NameChunker.Range range, List<Typed> outer, List<Typed> inner) {
        List<Typed> typed = typer.type(text, range);
        List<Typed> places = placesOfSite(text, range, typed);
        if (places.size() == 1) {
            typed = List.of(PortNames.named(text, typed.get(0), places.get(0)));
        }
        outer.addAll(typed);
        outer.addAll(bodyOfState(text, range, typed, inner));
        outer.addAll(portOfPlace(text, typed, inner));
        inner.addAll(places);
        inner.addAll(stopsOfQuotedTitle(text, range));
        if (!isNaturalFeature(typed)) {
            inner.addAll(nested(text, range));
        }
        inner.addAll(leadingCountry(text, range, typed));
    }

    /** "the port of Klow": the port is the outer name, the town a name inside it. */
    private static List<Typed> portOfPlace(AnnotatedText text, List<Typed> typed, List<Typed> inner) {
        if (typed.size() != 1) {
            return List.of();
        }
        Optional<Typed> port = PortNames.portOf(text, typed.get(0));
        port.ifPresent(p -> inner.add(typed.get(0)));
        return port.stream().toList();
    }

    /** "Klow port", "the Klow-Dbar railway": a site named by a class noun after its places keeps them as names. */
    private List<Typed> placesOfSite(AnnotatedText text, NameChunker.Range range, List<Typed> typed) {
        boolean site = typed.size() == 1
                && typed.get(0).type() == EntityType.FAC
                && typed.get(0).to() > range.to();
        return site ? typer.placesWithin(text, range) : List.of();
    }

    /**
     * “Electrification of Klow-Dbar-Orsk”: a quoted project title whose "of" part is a route keeps the route's stops as
     * places of their own.
     */
    private List<Typed> stopsOfQuotedTitle(AnnotatedText text, NameChunker.Range range) {
        if (!NameChunker.isOpenQuote(text.tokens().get(range.from()).text())) {
            return List.of();
        }
        for (int i = range.from() + 1; i < range.to() - 1; i++) {
            if (Lexicon.lower(text.tokens().get(i).text()).equals("of")) {
                int to = range.to();
                while (to > i + 1
                        && !Character.isLetterOrDigit(
                                text.tokens().get(to - 1).text().codePointAt(0))) {
                    to--;
                }
                return to > i + 1 ? typer.placesWithin(text, new NameChunker.Range(i + 1, to)) : List.of();
            }
        }
        return List.of();
    }

    /** "Ruritania's Foreign Ministry": the body becomes the outer name, the state stays as a name inside it. */
    private List<Typed> bodyOfState(AnnotatedText text, NameChunker.Range range, List<Typed> typed, List<Typed> inner) {
        if (typed.size() != 1 || typed.get(0).to() < range.to() - 1) {
            return List.of();
        }
        Optional<Typed> body = bodies.afterState(text, typed.get(0));
        body.ifPresent(b -> inner.add(typed.get(0)));
        return body.stream().toList();
    }

    /**
     * "the Gulf of Klow", "the Sea of Dbar": a place that is no political unit takes the name after its "of" as part of
     * its own; the country or town of that name is not mentioned by it.
     */
    private static boolean isNaturalFeature(List<Typed> typed) {
        return typed.size() == 1 && typed.get(0).type() == EntityType.LOC;
    }

    /** A country that starts a longer name ("US" in "US Department of Commerce"). */
    private List<Typed> leadingCountry(AnnotatedText text, NameChunker.Range range, List<Typed> typed) {
        if (range.to() - range.from() < 2 || typed.size() != 1 || typed.get(0).from() != range.from()) {
            return List.of();
        }
        List<Typed> first = typer.type(text, new NameChunker.Range(range.from(), range.from() + 1));
        return first.stream()
                .filter(t -> t.strength() == 3 && t.type() == EntityType.GPE)
                .filter(t -> isCountry(t.canonical()))
                .toList();
    }

    /** Names inside the "of"/"for"/"under" part of a longer name that are things of their own. */
    private List<Typed> nested(AnnotatedText text, NameChunker.Range range) {
        List<Typed> found = new ArrayList<>();
        for (int i = range.from() + 1; i < range.to() - 1; i++) {
            String word = Lexicon.lower(text.tokens().get(i).text());
            if (!(word.equals("of") || word.equals("for") || word.equals("under") || word.equals("in"))) {
                continue;
            }
            boolean article = Lexicon.lower(text.tokens().get(i + 1).text()).equals("the");
            int from = article ? i + 2 : i + 1;
            if (from >= range.to()) {
                continue;
            }
            for (Typed t : typer.type(text, new NameChunker.Range(from, range.to()))) {
                boolean place = word.equals("in") && t.type() == EntityType.GPE;
                boolean placeNamed = t.type() == EntityType.ORG && t.strength() >= 2 && startsWithPlace(text, t);
                boolean named = article && (t.strength() >= 2 || t.to() - t.from() == 1);
                boolean stop = t.type() == EntityType.GPE && t.strength() >= 2;
                if (t.strength() == 3 || named || place || placeNamed || stop) {
                    found.add(t);
                }
            }
            found.addAll(nested(text, new NameChunker.Range(from, range.to())));
            break;
        }
        return found;
    }

    private boolean isCountry(@Nullable String name) {
        return name != null && gazetteer.country(name).isPresent();
    }

    private static boolean startsWithPlace(AnnotatedText text, Typed typed) {
        String ner = text.tokens().get(typed.from()).ner();
        return ner.equals("CITY") || ner.equals("COUNTRY") || ner.equals("STATE_OR_PROVINCE");
    }

    private static List<Typed> withoutOverlaps(List<Typed> typed) {
        List<Typed> sorted = new ArrayList<>(typed);
        sorted.sort(Comparator.comparingInt((Typed t) -> t.end() - t.begin()).reversed());
        List<Typed> kept = new ArrayList<>();
        for (Typed t : sorted) {
            if (kept.stream().noneMatch(k -> k.begin() < t.end() && t.begin() < k.end())) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** The mention of a typed name, leaving out digits glued to its first or last word ("2024Ministry"). */
    private static Mention toMention(AnnotatedText text, Typed t) {
        String name = text.text().substring(t.begin(), t.end());
        int begin = t.begin() + GluedTokens.leadingDigits(name);
        int end = t.end() - GluedTokens.trailingDigits(name);
        if (end <= begin) {
            begin = t.begin();
            end = t.end();
        }
        return new Mention(begin, end, text.text().substring(begin, end), t.type(), t.canonical());
    }
}

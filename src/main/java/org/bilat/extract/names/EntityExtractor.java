package org.bilat.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    private EntityExtractor(ClassNouns classNouns, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.chunker = new NameChunker(classNouns, gazetteer);
        this.typer = new ChunkTyper(gazetteer, classNouns, StateBodies.load());
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
                List<Typed> typed = typer.type(text, range);
                outer.addAll(typed);
                inner.addAll(nested(text, range));
                inner.addAll(leadingCountry(text, range, typed));
            }
        }
        List<Typed> kept = withoutOverlaps(SameNameSameType.apply(text, outer));
        kept.addAll(RepeatedNames.find(text, kept));
        kept.addAll(inner);
        kept.sort(Comparator.comparingInt(Typed::begin).thenComparingInt(Typed::end));
        return kept.stream().map(t -> toMention(text, t)).distinct().toList();
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
                if (t.strength() == 3 || named || place || placeNamed) {
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

package org.bilat.extract.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilat.extract.time.Dates;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * A document's tokens with its resolved entities laid over them, and its date: what the rules for events, figures
 * and relations read.
 */
public final class FactContext {
    private final AnnotatedText text;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Dates dates;
    private final @Nullable String documentDate;
    private final @Nullable Occurrence[] byToken;
    private final List<List<Occurrence>> bySentence = new ArrayList<>();
    private @Nullable ActorStates actorStates;

    private FactContext(AnnotatedText text, List<Entity> entities, Dates dates, @Nullable String documentDate) {
        this.text = text;
        this.dates = dates;
        this.documentDate = documentDate;
        this.byToken = new Occurrence[text.tokens().size()];
        entities.forEach(e -> this.entities.put(e.id(), e));
        for (int s = 0; s < text.sentenceCount(); s++) {
            bySentence.add(new ArrayList<>());
        }
        List<Map.Entry<Entity, Mention>> mentions = new ArrayList<>();
        for (Entity entity : entities) {
            entity.mentions().forEach(mention -> mentions.add(Map.entry(entity, mention)));
        }
        // the longest name wins its tokens: "National Academy of Sciences of Belarus" over the "Belarus" inside it
        mentions.sort((a, b) -> Integer.compare(length(b.getValue()), length(a.getValue())));
        mentions.forEach(pair -> place(pair.getKey(), pair.getValue()));
        placeAdjectives(entities);
        bySentence.forEach(list -> list.sort((a, b) -> Integer.compare(a.first(), b.first())));
    }

    public static FactContext of(
            AnnotatedText text, List<Entity> entities, Dates dates, @Nullable String documentDate) {
        return new FactContext(text, entities, dates, documentDate);
    }

    /** The text's dates and which one holds where. */
    public Dates dates() {
        return dates;
    }

    public AnnotatedText text() {
        return text;
    }

    /** The document's date (ISO 8601 at the precision known), or null. */
    @Nullable
    public String documentDate() {
        return documentDate;
    }

    /** The states the document's organisations and people belong to (read once, on first use). */
    public ActorStates actorStates() {
        ActorStates states = actorStates;
        if (states == null) {
            states = ActorStates.of(this);
            actorStates = states;
        }
        return states;
    }

    /** The entity mentions and nationality adjectives of sentence {@code s}, in text order. */
    public List<Occurrence> occurrences(int s) {
        return Collections.unmodifiableList(bySentence.get(s));
    }

    /** The occurrence covering token {@code index}, if any. */
    public Optional<Occurrence> at(int index) {
        return Optional.ofNullable(byToken[index]);
    }

    /** Every entity of the document, in the order extraction gave them. */
    public List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    private static int length(Mention mention) {
        return mention.end() - mention.start();
    }

    private void place(Entity entity, Mention mention) {
        Optional<Occurrence> found = occurrenceOf(entity, mention);
        if (found.isEmpty()) {
            return;
        }
        Occurrence occurrence = found.get();
        for (int i = occurrence.first(); i <= occurrence.last(); i++) {
            if (byToken[i] != null) {
                return;
            }
        }
        for (int i = occurrence.first(); i <= occurrence.last(); i++) {
            byToken[i] = occurrence;
        }
        bySentence.get(text.tokens().get(occurrence.first()).sentence()).add(occurrence);
    }

    /** The tokens a mention of {@code entity} covers, whether or not another name has taken them. */
    public Optional<Occurrence> occurrenceOf(Entity entity, Mention mention) {
        List<Token> tokens = text.tokens();
        int first = text.firstTokenEndingAfter(mention.start());
        int last = first - 1;
        while (last + 1 < tokens.size() && tokens.get(last + 1).begin() < mention.end()) {
            last++;
        }
        if (first >= tokens.size() || last < first) {
            return Optional.empty();
        }
        return Optional.of(new Occurrence(entity.id(), entity.type(), first, last, false));
    }

    private void placeAdjectives(List<Entity> entities) {
        Gazetteer gazetteer = Gazetteer.load();
        Map<String, String> stateIds = new HashMap<>();
        for (Entity entity : entities) {
            if (entity.type() == EntityType.GPE) {
                gazetteer.country(entity.name()).ifPresent(c -> stateIds.putIfAbsent(c.alpha3(), entity.id()));
            }
        }
        for (Token t : text.tokens()) {
            if (byToken[t.index()] != null) {
                continue;
            }
            Optional<Gazetteer.Country> country = gazetteer.byDemonym(t);
            if (country.isEmpty() || !stateIds.containsKey(country.get().alpha3())) {
                continue;
            }
            Occurrence occurrence =
                    new Occurrence(stateIds.get(country.get().alpha3()), EntityType.GPE, t.index(), t.index(), true);
            byToken[t.index()] = occurrence;
            bySentence.get(t.sentence()).add(occurrence);
        }
    }
}

package org.bilat.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilat.model.NameFold;
import org.jspecify.annotations.Nullable;

/**
 * The greedy one-to-one match of one document's predicted entities to its gold ones (score.py's match_entities()).
 *
 * @param mapping predicted id (as {@link PyJson#key}) to the matched gold entity's id
 * @param pairs matched (predicted, gold) entities in prediction order
 */
record EntityMatch(Map<Object, JsonNode> mapping, List<Pair> pairs) {
    /** A predicted entity and the gold entity it matched. */
    record Pair(JsonNode pred, JsonNode gold) {}

    EntityMatch {
        mapping = Map.copyOf(mapping);
        pairs = List.copyOf(pairs);
    }

    /** Each prediction takes the first free gold entity that has its name, else the first that shares any form. */
    static EntityMatch of(List<JsonNode> gold, List<JsonNode> pred) {
        List<Set<String>> goldNames = new ArrayList<>();
        gold.forEach(g -> goldNames.add(names(g)));
        Set<Object> taken = new HashSet<>();
        Map<Object, JsonNode> mapping = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode p : pred) {
            JsonNode best = best(p, gold, goldNames, taken);
            if (best != null) {
                taken.add(PyJson.key(goldId(best)));
                mapping.put(PyJson.key(p.path("id")), goldId(best));
                pairs.add(new Pair(p, best));
            }
        }
        return new EntityMatch(mapping, pairs);
    }

    private static @Nullable JsonNode best(
            JsonNode p, List<JsonNode> gold, List<Set<String>> goldNames, Set<Object> taken) {
        String name = NameFold.fold(PyJson.str(p, "name", ""));
        Set<String> forms = names(p);
        JsonNode best = null;
        for (int i = 0; i < gold.size(); i++) {
            if (taken.contains(PyJson.key(goldId(gold.get(i))))) {
                continue;
            }
            Set<String> gn = goldNames.get(i);
            if (gn.contains(name)) {
                return gold.get(i);
            }
            if (best == null && forms.stream().anyMatch(gn::contains)) {
                best = gold.get(i);
            }
        }
        return best;
    }

    /** The non-empty folded forms of an entity's name and aliases (score.py's names()). */
    static Set<String> names(JsonNode entity) {
        Set<String> out = new LinkedHashSet<>();
        out.add(NameFold.fold(PyJson.str(entity, "name", "")));
        for (JsonNode alias : PyJson.items(entity.path("aliases"), "aliases")) {
            out.add(NameFold.fold(PyJson.str(alias)));
        }
        out.remove("");
        return out;
    }

    static JsonNode goldId(JsonNode entity) {
        JsonNode id = entity.path("id");
        if (id.isMissingNode()) {
            throw new BadRecord("gold entity without \"id\": " + entity);
        }
        return id;
    }

    /** The gold ids a list of predicted ids maps to, falsy ones left out (score.py's ids()). */
    Set<Object> goldIds(JsonNode predIds, String what) {
        Set<Object> out = new HashSet<>();
        for (JsonNode v : PyJson.items(predIds, what)) {
            JsonNode id = mapping.get(PyJson.key(v));
            if (id != null && PyJson.truthy(id)) {
                out.add(PyJson.key(id));
            }
        }
        return out;
    }

    /** The gold ids a list of predicted ids maps to, {@link PyJson#NONE} for those it does not map. */
    Set<Object> mappedIds(JsonNode predIds, String what) {
        Set<Object> out = new HashSet<>();
        for (JsonNode v : PyJson.items(predIds, what)) {
            JsonNode id = mapping.get(PyJson.key(v));
            out.add(id == null ? PyJson.NONE : PyJson.key(id));
        }
        return out;
    }

    /** The gold id a predicted id maps to, or null where score.py's {@code mapping.get(v)} is falsy. */
    @Nullable
    Object goldId(Object predKey) {
        JsonNode id = mapping.get(predKey);
        return id != null && PyJson.truthy(id) ? PyJson.key(id) : null;
    }
}

package org.bilat.brief;

import java.util.List;
import java.util.Objects;
import org.bilat.model.BilatException;
import org.bilat.store.AsOf;
import org.jspecify.annotations.Nullable;

/**
 * What a brief covers; an empty scope covers the whole store.
 *
 * @param entities ids, names or aliases of entities; a fact is in scope when one of them takes part
 * @param together when true, a fact is in scope only when all of them take part (a pair of states)
 * @param from the first year, or null
 * @param to the last year, or null
 * @param asOf the cut through time: only what documents inside it state
 */
public record BriefScope(
        List<String> entities,
        boolean together,
        @Nullable Integer from,
        @Nullable Integer to,
        AsOf asOf) {
    public BriefScope {
        entities = List.copyOf(entities);
        Objects.requireNonNull(asOf, "asOf");
        if (from != null && to != null && from > to) {
            throw new BilatException("--from " + from + " is after --to " + to);
        }
    }

    /** A scope of everything stored now, with no cut through time. */
    public BriefScope(List<String> entities, boolean together, @Nullable Integer from, @Nullable Integer to) {
        this(entities, together, from, to, AsOf.now());
    }

    /** This scope as documents inside the cut state it. */
    public BriefScope asOf(AsOf cut) {
        return new BriefScope(entities, together, from, to, cut);
    }

    /** The whole store, every year. */
    public static BriefScope all() {
        return new BriefScope(List.of(), false, null, null);
    }

    /** The years in words: "2014–2024", "from 2014", "until 2024", or "all years". */
    String years() {
        if (from != null && to != null) {
            return from.equals(to) ? String.valueOf(from) : from + "–" + to;
        }
        if (from != null) {
            return "from " + from;
        }
        return to != null ? "until " + to : "all years";
    }

    /** Whether an ISO date (or null) falls in the years; undated facts pass only when no year bounds are set. */
    boolean covers(@Nullable String date) {
        if (from == null && to == null) {
            return true;
        }
        if (date == null || date.length() < 4 || !date.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int year = Integer.parseInt(date.substring(0, 4));
        return (from == null || year >= from) && (to == null || year <= to);
    }
}

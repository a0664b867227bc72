package org.bilat.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.bilat.model.BilatException;
import org.bilat.model.EntityType;
import org.bilat.model.EventType;
import org.bilat.store.AsOf;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;

/** Reads query parameters; a malformed one is a {@link BilatException} naming it, answered with 400. */
final class Params {
    private static final List<String> TYPE_CODES = Stream.concat(
                    Arrays.stream(EntityType.values()).map(Enum::name),
                    Arrays.stream(EventType.values()).map(Enum::name))
            .distinct()
            .toList();

    private Params() {}

    /** The parameter stripped, or null when absent or blank. */
    static @Nullable String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A true/false switch, false when absent. */
    static boolean flag(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new BilatException(name + ": not true or false: " + value);
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new BilatException(name + ": must be between " + min + " and " + max + ", was " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BilatException(name + ": not a whole number: " + value, e);
        }
    }

    /** A four-digit year, or null when absent. */
    static @Nullable Integer year(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{4}")) {
            throw new BilatException(name + ": not a year (four digits): " + value);
        }
        return Integer.parseInt(value);
    }

    /** from and to as years, checked to be in order. */
    static YearRange years(Context ctx) {
        Integer from = year(ctx, "from");
        Integer to = year(ctx, "to");
        if (from != null && to != null && from > to) {
            throw new BilatException("from: " + from + " is after to: " + to);
        }
        return new YearRange(from, to);
    }

    /** The constant of the enum this parameter names, ignoring case, or null when absent. */
    static <E extends Enum<E>> @Nullable E choice(Context ctx, String name, Class<E> type) {
        String value = text(ctx, name);
        return value == null ? null : parse(name, value, type);
    }

    static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BilatException(
                    name + ": unknown value " + value + "; one of "
                            + String.join(
                                    ", ",
                                    Arrays.stream(type.getEnumConstants())
                                            .map(c -> c.name().toLowerCase(Locale.ROOT))
                                            .toList()),
                    e);
        }
    }

    /**
     * An entity the request names by id, name or alias, as its canonical id; null when absent. An unknown one is
     * answered 404, naming it, on every route.
     */
    static @Nullable String entity(Context ctx, Store store, String name) {
        String value = text(ctx, name);
        return value == null
                ? null
                : store.find(value)
                        .orElseThrow(() -> new NotFound(value + ": no such entity"))
                        .id();
    }

    /** The canonical id of the entity with this id, name or alias; an unknown one is answered 404, naming it. */
    static String entityId(Store store, String value) {
        return store.find(value)
                .orElseThrow(() -> new NotFound(value + ": no such entity"))
                .id();
    }

    /** An entity or event type (the codes of SCHEMA.md, any case), upper-cased; null when absent. */
    static @Nullable String typeCode(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (!TYPE_CODES.contains(code)) {
            throw new BilatException(name + ": unknown value " + value + "; one of "
                    + String.join(
                            ", ",
                            TYPE_CODES.stream()
                                    .map(c -> c.toLowerCase(Locale.ROOT))
                                    .toList()));
        }
        return code;
    }

    /**
     * The cut through time a request asks for: {@code asOf=DAY} (documents ingested by then) or {@code
     * asOfPublished=DAY} (documents published by then), not both; none when neither is given.
     */
    static AsOf asOf(Context ctx) {
        String ingested = text(ctx, "asOf");
        String published = text(ctx, "asOfPublished");
        if (ingested != null && published != null) {
            throw new BilatException("asOf: give asOf or asOfPublished, not both");
        }
        return published != null ? AsOf.parse(published, true, "asOfPublished") : AsOf.parse(ingested, false, "asOf");
    }

    /** Years a request asks for; a null end is open. */
    record YearRange(@Nullable Integer from, @Nullable Integer to) {}
}

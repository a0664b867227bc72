package org.bilat.extract.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.text.Gazetteer;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;

/**
 * Picks the currency a name several states share means ("pesos", "dinars", "rupees", "rials") from the states the
 * document names (its GPE mentions the {@link Gazetteer} knows): the state of those currencies the sentence names last
 * before the amount, else first after it, else the one the document names most. A state's currency comes from
 * {@link Currency} (ISO 3166 and ISO 4217).
 */
final class CurrencyCountries {
    /** Chooses nothing: the text names no country. */
    static final CurrencyCountries NONE = new CurrencyCountries(List.of(), 0, 0);

    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final Set<String> CURRENT_CODES = Stream.of(Locale.getISOCountries())
            .map(CurrencyCountries::currencyOf)
            .flatMap(Optional::stream)
            .collect(Collectors.toUnmodifiableSet());

    /** A state's name as the document writes it: its characters {@code begin..end} and its state's currency. */
    private record NamedState(int begin, int end, String code) {}

    private final List<NamedState> named;
    private final int sentenceBegin;
    private final int sentenceEnd;

    private CurrencyCountries(List<NamedState> named, int sentenceBegin, int sentenceEnd) {
        this.named = named;
        this.sentenceBegin = sentenceBegin;
        this.sentenceEnd = sentenceEnd;
    }

    /** The states {@code context}'s document names, read once per document; see {@link #inSentence}. */
    static CurrencyCountries of(FactContext context) {
        List<NamedState> named = new ArrayList<>();
        for (int s = 0; s < context.text().sentenceCount(); s++) {
            for (Occurrence o : context.occurrences(s)) {
                if (o.type() == EntityType.GPE && !o.adjective()) {
                    currencyOf(context, o)
                            .ifPresent(code -> named.add(new NamedState(
                                    context.text().tokens().get(o.first()).begin(),
                                    context.text().tokens().get(o.last()).end(),
                                    code)));
                }
            }
        }
        return new CurrencyCountries(
                List.copyOf(named), 0, context.text().text().length());
    }

    /** The same states, for the sentence at hand spanning characters {@code begin..end}. */
    CurrencyCountries inSentence(int begin, int end) {
        return new CurrencyCountries(named, begin, end);
    }

    /** The one of {@code codes} whose state the text names nearest the currency written at character {@code at}. */
    Optional<String> pick(Collection<String> codes, int at) {
        int split = Math.max(sentenceBegin, Math.min(at, sentenceEnd));
        return nearest(codes, sentenceBegin, split, true)
                .or(() -> nearest(codes, split, sentenceEnd, false))
                .or(() -> most(codes));
    }

    /** The code of the state named last ({@code last}) or first within characters {@code from..to}, or empty. */
    private Optional<String> nearest(Collection<String> codes, int from, int to, boolean last) {
        Stream<NamedState> within =
                named.stream().filter(n -> n.begin() >= from && n.end() <= to && codes.contains(n.code()));
        return (last ? within.reduce((first, second) -> second) : within.findFirst()).map(NamedState::code);
    }

    /** The code whose states the document names most often, unless none is named or two are named equally. */
    private Optional<String> most(Collection<String> codes) {
        String best = null;
        long bestCount = 0;
        boolean tie = false;
        for (String code : codes) {
            long count = named.stream().filter(n -> n.code().equals(code)).count();
            if (count > bestCount) {
                best = code;
                bestCount = count;
                tie = false;
            } else if (count > 0 && count == bestCount) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    private static Optional<String> currencyOf(FactContext context, Occurrence o) {
        return context.entity(o.id())
                .map(Entity::name)
                .flatMap(GAZETTEER::country)
                .flatMap(country -> currencyOf(country.alpha2()));
    }

    /** The currency a state uses now ("MX": "MXN"), if it has one. */
    private static Optional<String> currencyOf(String alpha2) {
        try {
            Currency currency =
                    Currency.getInstance(new Locale.Builder().setRegion(alpha2).build());
            return Optional.ofNullable(currency).map(Currency::getCurrencyCode);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The codes of the currencies some country uses now (not "DEM", "ITL"). */
    static boolean isCurrent(String code) {
        return CURRENT_CODES.contains(code);
    }
}

package org.bilat.search;

import java.util.Objects;

/** How many matching records have a value of a facet; kinds are given in lower case ({@code entity}). */
public record FacetCount(String value, long count) {
    public FacetCount {
        Objects.requireNonNull(value, "value");
    }
}

package org.bilat.search;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.facet.FacetsConfig;

/** The names of the index's fields and facet dimensions, and how kinds are spelled and ranked in the index. */
final class Fields {
    /** Kind and id together: what update and remove replace by. */
    static final String KEY = "key";

    static final String KIND = "kind";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String ENTITY_TYPE = "entityType";
    static final String EVENT_TYPE = "eventType";
    static final String DATE = "date";
    static final String YEAR = "year";
    static final String SOURCE = "source";

    /** Entities, then documents, then events: the order of ties and of listing everything. */
    static final String KIND_RANK = "kindRank";

    static final String TITLE_SORT = "titleSort";

    /** The facet dimensions in the order results give them. */
    static final List<String> FACETS = List.of(KIND, ENTITY_TYPE, EVENT_TYPE, YEAR, SOURCE);

    static final FacetsConfig FACETS_CONFIG = facetsConfig();

    private Fields() {}

    static SearchKind kind(String label) {
        return SearchKind.valueOf(label.toUpperCase(Locale.ROOT));
    }

    static String key(SearchKind kind, String id) {
        return kind.label() + ':' + id;
    }

    static int rank(SearchKind kind) {
        return switch (kind) {
            case ENTITY -> 0;
            case DOCUMENT -> 1;
            case EVENT -> 2;
        };
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(YEAR, true);
        config.setMultiValued(SOURCE, true);
        return config;
    }
}

package org.bilat.brief;

import java.util.List;
import org.bilat.store.FigureRow;
import org.bilat.store.HappeningRow;
import org.bilat.store.Passage;

/** Identifies a passage by document and offsets, so facts and conflict sides can be matched. */
final class FactKeys {
    private FactKeys() {}

    static String of(Passage passage) {
        return passage.documentId() + ":" + passage.evidence().start() + ":"
                + passage.evidence().end();
    }

    static String of(FigureRow figure) {
        return figure.documentId() + ":" + figure.evidence().start() + ":"
                + figure.evidence().end();
    }

    /** The keys of every passage that tells one of the happenings. */
    static List<String> passages(List<HappeningRow> happenings) {
        return happenings.stream()
                .flatMap(h -> h.reports().stream()
                        .flatMap(r -> r.evidence().stream().map(e -> r.documentId() + ":" + e.start() + ":" + e.end())))
                .toList();
    }

    /** The first passage of each document's account of the happening, in the store's order of the accounts. */
    static List<Passage> passages(HappeningRow happening) {
        return happening.reports().stream()
                .filter(r -> !r.evidence().isEmpty())
                .map(r -> new Passage(r.documentId(), r.source(), r.evidence().get(0)))
                .toList();
    }

    /** The figure's passage. */
    static Passage passage(FigureRow figure) {
        return new Passage(figure.documentId(), figure.source(), figure.evidence());
    }
}

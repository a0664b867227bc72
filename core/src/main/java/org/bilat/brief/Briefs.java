package org.bilat.brief;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.bilat.model.BilatException;
import org.bilat.store.AsOf;
import org.bilat.store.Store;

/** Cited briefs and monitoring digests of the knowledge base, as Markdown, HTML or PDF. */
public final class Briefs {
    private final Store store;
    private final Clock clock;

    private Briefs(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Briefs of this store, dated by the clock. */
    public static Briefs of(Store store, Clock clock) {
        return new Briefs(store, clock);
    }

    /** Today by the clock, in UTC: the default end of a digest's period. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /**
     * The brief of the scope; an unknown entity, or a scope no stored event or figure falls in, is an error (never an
     * empty brief).
     */
    public byte[] brief(BriefScope scope, BriefFormat format) {
        BriefFacts facts = new ScopeReader(store).read(scope);
        if (facts.isEmpty()) {
            throw new BilatException("brief: no stored event or figure for " + facts.title()
                    + "; widen the years or name other entities");
        }
        return Renderer.render(Brief.markdown(facts, today().toString()), "Brief: " + facts.title(), format);
    }

    /** The digest of the period; a period in which no document was ingested is an error (never an empty digest). */
    public byte[] digest(Period period, BriefFormat format) {
        return digest(period, format, AsOf.now());
    }

    /** {@link #digest(Period, BriefFormat)} of the documents inside the cut through time only. */
    public byte[] digest(Period period, BriefFormat format, AsOf asOf) {
        DigestFacts facts = new DigestReader(store).read(period, asOf);
        if (facts.ingested().isEmpty()) {
            throw new BilatException("digest: no document was ingested from " + period
                    + "; pick a period that includes an ingest (bilat docs lists the documents)");
        }
        return Renderer.render(Digest.markdown(facts, today().toString()), "Digest: " + period, format);
    }
}

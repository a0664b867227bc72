package org.bilat.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.bilat.brief.BriefFormat;
import org.bilat.brief.BriefScope;
import org.bilat.brief.Briefs;
import org.bilat.brief.Period;
import org.bilat.model.BilatException;
import org.bilat.store.Store;

/** {@code /api/brief} and {@code /api/digest}: a cited brief of a scope, or the digest of a period, as a file. */
final class BriefEndpoints {
    private final Store store;

    BriefEndpoints(Store store) {
        this.store = store;
    }

    void brief(Context ctx) {
        List<String> pair = ctx.queryParams("pair");
        if (!pair.isEmpty() && pair.size() != 2) {
            throw new BilatException("pair: give two entities (pair=A&pair=B), not " + pair.size());
        }
        List<String> named = new ArrayList<>(pair.isEmpty() ? ctx.queryParams("entity") : pair);
        named.replaceAll(name -> Params.entityId(store, name));
        BriefFormat format = format(ctx);
        Params.YearRange years = Params.years(ctx);
        BriefScope scope = new BriefScope(named, !pair.isEmpty(), years.from(), years.to(), Params.asOf(ctx));
        send(ctx, Briefs.of(store, Clock.systemUTC()).brief(scope, format), format, "bilat-brief");
    }

    void digest(Context ctx) {
        String since = Params.text(ctx, "since");
        if (since == null) {
            throw new BilatException("since: required, a date such as 2024-01-01");
        }
        BriefFormat format = format(ctx);
        Briefs briefs = Briefs.of(store, Clock.systemUTC());
        Period period = Period.parse(since, Params.text(ctx, "until"), briefs.today());
        send(ctx, briefs.digest(period, format, Params.asOf(ctx)), format, "bilat-digest-" + period.since());
    }

    private static BriefFormat format(Context ctx) {
        String name = Params.text(ctx, "format");
        return name == null ? BriefFormat.HTML : BriefFormat.parse(name);
    }

    /** HTML and PDF open in the browser; Markdown downloads as a file. */
    private static void send(Context ctx, byte[] content, BriefFormat format, String name) {
        String disposition = format == BriefFormat.MD ? "attachment" : "inline";
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", disposition + "; filename=\"" + name + "." + format.extension() + "\"");
        ctx.result(content);
    }
}

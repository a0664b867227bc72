package org.bilat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bilat.model.BilatException;
import org.bilat.store.AsOf;
import org.bilat.store.DocumentRow;
import org.bilat.store.EntityDetail;
import org.bilat.store.EntityRow;
import org.bilat.store.FigureFilter;
import org.bilat.store.FigureRow;
import org.bilat.store.HappeningRow;
import org.bilat.store.MentionQuote;
import org.bilat.store.MergeNote;
import org.bilat.store.RelationRow;
import org.bilat.store.Store;
import org.bilat.store.TimelineFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bilat show NAME}: one entity with its documents, every mention in context, how it was merged, and the events,
 * relations and figures it takes part in.
 */
@Command(
        name = "show",
        description = "Show one entity: aliases, documents, every mention with its quote, merges, events, relations"
                + " and figures.")
final class ShowCommand extends Subcommand {
    @Parameters(paramLabel = "NAME-OR-ID", description = "The entity's id, name or one of its aliases.")
    String name = "";

    @Option(
            names = "--show-rejected",
            description = "Show the events, relations and figures an analyst rejected too, marked ✗.")
    boolean showRejected;

    @Mixin
    AsOfOptions asOf = new AsOfOptions();

    /** What the entity takes part in. */
    private record Facts(List<HappeningRow> events, List<RelationRow> relations, List<FigureRow> figures) {}

    @Override
    public Integer call() {
        EntityDetail detail;
        Facts facts;
        try (Store store = openExistingStore()) {
            AsOf cut = asOf.cut(spec);
            detail = store.entity(name, cut).orElseThrow(() -> new BilatException(name + ": no such entity"));
            String id = detail.entity().id();
            facts = new Facts(
                    store.timeline(new TimelineFilter(id, null, null, null)
                            .showingRejected(showRejected)
                            .asOf(cut)),
                    store.relations(id, showRejected, cut),
                    store.figures(new FigureFilter(null, id, cut).showingRejected(showRejected)));
        }
        PrintWriter out = out();
        print(detail, out);
        print(facts, detail.entity().id(), out);
        out.flush();
        return 0;
    }

    private static void print(Facts facts, String entityId, PrintWriter out) {
        out.println();
        out.println("events (" + facts.events().size() + "):");
        for (HappeningRow event : facts.events()) {
            String date = event.date() == null ? "undated" : event.date();
            out.println("  " + date + FactLines.SEPARATOR + event.type() + FactLines.SEPARATOR
                    + FactLines.oneLine(event.summary()) + FactLines.SEPARATOR + FactLines.sources(event.sources())
                    + FactLines.mark(event.review()));
        }
        out.println();
        out.println("relations (" + facts.relations().size() + "):");
        facts.relations().forEach(relation -> out.println("  " + FactLines.relation(relation, entityId)));
        out.println();
        out.println("figures (" + facts.figures().size() + "):");
        facts.figures().forEach(figure -> out.println("  " + FactLines.figure(figure)));
    }

    private static void print(EntityDetail detail, PrintWriter out) {
        EntityRow entity = detail.entity();
        out.println(entity.name() + " (" + entity.type() + ", id " + entity.id() + ")");
        out.println("aliases: " + (entity.aliases().isEmpty() ? "-" : String.join(", ", entity.aliases())));
        out.println();
        out.println("documents (" + detail.documents().size() + "):");
        detail.documents().forEach(doc -> out.println("  " + doc.source() + describe(doc)));
        out.println();
        out.println("mentions (" + detail.mentions().size() + "):");
        detail.mentions().forEach(mention -> out.println("  " + describe(mention)));
        if (!detail.merges().isEmpty()) {
            Map<String, String> sources = detail.documents().stream()
                    .collect(Collectors.toMap(DocumentRow::id, DocumentRow::source, (a, b) -> a));
            out.println();
            out.println("merged (" + detail.merges().size() + "):");
            detail.merges().forEach(merge -> out.println("  " + describe(merge, sources::get)));
        }
    }

    private static String describe(DocumentRow doc) {
        String title = doc.title() == null ? "" : "  " + doc.title();
        return title + (doc.published() == null ? "" : " (" + doc.published() + ")");
    }

    private static String describe(MentionQuote mention) {
        String quote = mention.quote().replaceAll("\\s+", " ").strip();
        return mention.source() + " " + mention.start() + "-" + mention.end() + " \"" + mention.surface() + "\": "
                + quote;
    }

    private static String describe(MergeNote merge, Function<String, String> sources) {
        String source = sources.apply(merge.documentId());
        return (source == null ? merge.documentId() : source) + ": \"" + merge.localName() + "\" (" + merge.localId()
                + ") " + merge.reason();
    }
}

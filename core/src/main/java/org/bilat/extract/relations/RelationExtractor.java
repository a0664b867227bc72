package org.bilat.extract.relations;

import java.util.Collection;
import java.util.List;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.text.RoleTitles;
import org.bilat.model.Entity;
import org.bilat.model.Relation;

/**
 * Finds the relations a document states between its entities: posts people hold, parts of bodies, members of
 * organisations, where bodies and sites are, who makes a product and who partners in a venture.
 */
public final class RelationExtractor {
    public List<Relation> extract(FactContext context, List<String> warnings) {
        return extract(context, context.entities(), warnings);
    }

    /** The relations between {@code entities}, whose mentions may nest ("Kenya" in "Bank of Kenya"). */
    public List<Relation> extract(FactContext context, Collection<Entity> entities, List<String> warnings) {
        RelationText text = RelationText.of(context, entities);
        RelationSink sink = new RelationSink(text);
        run("titles", () -> new RoleFinder(text, RoleTitles.load(), sink).find(), warnings);
        run("names inside names", () -> new RelationNestFinder(text, sink).find(), warnings);
        run("cue phrases", () -> new RelationCueFinder(text, sink).find(), warnings);
        run("syntax", () -> new RelationSyntaxFinder(text, sink).find(), warnings);
        run("memberships", () -> new RelationMemberFinder(text, sink).find(), warnings);
        run("making nouns", () -> new RelationProductionFinder(text, sink).find(), warnings);
        run("leading verbs", () -> new RelationLeaderFinder(text, sink).find(), warnings);
        run("makers", () -> new RelationMakerFinder(text, sink).find(), warnings);
        run("joint ventures", () -> new RelationJointFinder(text, sink).find(), warnings);
        run("founders of joint ventures", () -> new RelationVentureFinder(text, sink).find(), warnings);
        run("profile fields", () -> new RelationFieldFinder(text, sink).find(), warnings);
        run("sites called by a noun", () -> new RelationSiteNounFinder(text, sink).find(), warnings);
        run("listed backers", () -> new RelationBackerFinder(text, sink).find(), warnings);
        // Last: a version takes the makers the rules above found for its product.
        run("versions", () -> new RelationVersionFinder(text, sink).find(), warnings);
        return sink.relations();
    }

    /** A rule that fails on odd input loses its relations, not the document's. */
    private static void run(String rules, Runnable finder, List<String> warnings) {
        try {
            finder.run();
        } catch (RuntimeException e) {
            warnings.add("relations (" + rules + "): skipped after " + e);
        }
    }
}

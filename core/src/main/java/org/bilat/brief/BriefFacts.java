package org.bilat.brief;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilat.store.Conflict;
import org.bilat.store.DocumentRow;
import org.bilat.store.EntityRow;
import org.bilat.store.FigureRow;
import org.bilat.store.HappeningRow;
import org.bilat.store.LadderStep;
import org.bilat.store.RelationRow;

/**
 * The stored facts a brief covers.
 *
 * @param title the scope in words: "Belarus and China, 2014–2024"
 * @param documents every stored document by id (the notes name their sources)
 * @param inScope the ids of the documents that state a fact in scope
 * @param partners PARTNER relations stated in those documents
 * @param producedBy PRODUCED_BY relations stated in those documents
 * @param products the products those relations name, most mentioned first
 * @param ladder the level steps of the pair in scope (or of the named states' pairs), by pair and date
 */
record BriefFacts(
        String title,
        Map<String, DocumentRow> documents,
        Set<String> inScope,
        List<HappeningRow> happenings,
        List<FigureRow> figures,
        List<Conflict> conflicts,
        List<RelationRow> partners,
        List<RelationRow> producedBy,
        List<EntityRow> products,
        List<LadderStep> ladder) {
    BriefFacts {
        documents = Map.copyOf(documents);
        inScope = Set.copyOf(inScope);
        happenings = List.copyOf(happenings);
        figures = List.copyOf(figures);
        conflicts = List.copyOf(conflicts);
        partners = List.copyOf(partners);
        producedBy = List.copyOf(producedBy);
        products = List.copyOf(products);
        ladder = List.copyOf(ladder);
    }

    boolean isEmpty() {
        return happenings.isEmpty() && figures.isEmpty();
    }
}

package org.bilat.brief;

import java.util.List;
import java.util.Map;
import org.bilat.store.Conflict;
import org.bilat.store.DocumentRow;
import org.bilat.store.EntityRow;
import org.bilat.store.FigureRow;
import org.bilat.store.HappeningRow;

/**
 * What entered the store in a period, with what was there before to compare with.
 *
 * @param ingested the documents first ingested in the period
 * @param newEvents happenings with only the accounts of those documents
 * @param newFigures the figures those documents give
 * @param earlierFigures the figures of documents ingested before the period
 * @param newEntities entities whose first document was ingested in the period, most mentioned first
 * @param newConflicts conflicts one side of which is a new document
 * @param allEvents every stored happening, for the trend by event date
 * @param allFigures every stored figure, for the trend by figure date
 */
record DigestFacts(
        Period period,
        Map<String, DocumentRow> documents,
        List<DocumentRow> ingested,
        List<HappeningRow> newEvents,
        List<FigureRow> newFigures,
        List<FigureRow> earlierFigures,
        List<EntityRow> newEntities,
        List<Conflict> newConflicts,
        List<HappeningRow> allEvents,
        List<FigureRow> allFigures) {
    DigestFacts {
        documents = Map.copyOf(documents);
        ingested = List.copyOf(ingested);
        newEvents = List.copyOf(newEvents);
        newFigures = List.copyOf(newFigures);
        earlierFigures = List.copyOf(earlierFigures);
        newEntities = List.copyOf(newEntities);
        newConflicts = List.copyOf(newConflicts);
        allEvents = List.copyOf(allEvents);
        allFigures = List.copyOf(allFigures);
    }
}

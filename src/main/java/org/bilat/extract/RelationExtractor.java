package org.bilat.extract;

import java.util.List;
import org.bilat.model.Relation;

final class RelationExtractor {
    List<Relation> extract(FactContext context, List<String> warnings) {
        return List.of();
    }
}

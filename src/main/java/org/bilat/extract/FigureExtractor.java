package org.bilat.extract;

import java.util.List;
import org.bilat.model.Quantity;

final class FigureExtractor {
    List<Quantity> extract(FactContext context, List<String> warnings) {
        return List.of();
    }
}

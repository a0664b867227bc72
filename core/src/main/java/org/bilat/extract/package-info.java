/**
 * Extraction of a document's facts, one sub-package per kind, each with one public entry class: {@code names}
 * (proper names and their types: {@code EntityExtractor}), {@code events} ({@code EventExtractor}), {@code figures}
 * ({@code FigureExtractor}), {@code relations} ({@code RelationExtractor}), over {@code time} (what the text's time
 * expressions mean, {@code Dates}) and {@code text} (the tokens with the resolved entities laid over them, the reference
 * lists, and the helpers every kind shares). {@link org.bilat.extract.FactExtractor} runs events, figures and relations
 * over one document. Imports run one way: no kind reaches back to this package, and the kinds form no cycle.
 */
@NullMarked
package org.bilat.extract;

import org.jspecify.annotations.NullMarked;

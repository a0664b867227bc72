/**
 * Relationship levels: the labels two states give their relationship ("comprehensive strategic partnership", "iron
 * brothers", "closest ally"), each placed on the partnership ladder of {@code extract/ladder.tsv}, with the two states,
 * the date it was declared and whether an official act declared it. {@link org.bilat.extract.levels.LevelExtractor}
 * is the entry.
 */
@NullMarked
package org.bilat.extract.levels;

import org.jspecify.annotations.NullMarked;

/** Figures: money, percentages, distances, masses, areas, volumes, counts and multiples with what they measure, qualifier, subjects and date. */
@NullMarked
package org.bilat.extract.figures;

import org.jspecify.annotations.NullMarked;

package org.bilat.extract.figures;

/**
 * A number written over tokens {@code first..last} (inclusive): "3.14 billion", "a dozen", "twenty - five".
 *
 * @param value the number's plain value
 */
record NumberSpan(int first, int last, double value) {}

package org.bilat.extract.figures;

/**
 * A unit written over tokens {@code first..last} (inclusive) next to a number.
 *
 * @param unit an ISO 4217 code or PERCENT, KM, KG, HECTARE, M3, TIMES
 * @param factor what the written number is multiplied by to be in {@code unit} (miles to km: 1.609344)
 */
record UnitMatch(String unit, double factor, int first, int last) {}

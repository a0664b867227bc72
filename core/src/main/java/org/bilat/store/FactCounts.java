package org.bilat.store;

/**
 * How many facts the store holds.
 *
 * @param events every document's report of a happening
 * @param happenings distinct happenings, a report of one in several documents counted once
 * @param corroborated happenings reported by more than one document
 */
public record FactCounts(int events, int happenings, int corroborated, int figures, int relations) {}

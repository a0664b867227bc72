package org.bilat.ingest;

/**
 * A document's publication date and where it was read.
 *
 * @param iso ISO 8601 at the precision known: 2017, 2017-12 or 2017-12-11
 * @param source where it stands: "date label", "header line", "dateline, year from the text", "html meta", ...
 */
record PublishedDate(String iso, String source) {}

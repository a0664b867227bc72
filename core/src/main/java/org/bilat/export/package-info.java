/**
 * Writes the knowledge base in formats other tools read (JSON lines of the extraction schema, FollowTheMoney entities
 * for Aleph, GraphML for Gephi, CSV tables, a CAMEO-coded event table) and loads the JSON lines back into a store.
 * {@link org.bilat.export.Exports} is the entry; each format is one writer, each JSON-lines record kind one class.
 */
@NullMarked
package org.bilat.export;

import org.jspecify.annotations.NullMarked;

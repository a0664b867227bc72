/**
 * Full-text search over documents, canonical entities and events: a Lucene 9 index in the data folder's
 * {@code index} folder, rebuilt or updated in one commit, and searched by many threads through one shared reader,
 * with snippets that mark the matched words and counts per facet.
 */
@NullMarked
package org.bilat.search;

import org.jspecify.annotations.NullMarked;

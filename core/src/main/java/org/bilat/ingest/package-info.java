/** Reading files into {@link org.bilat.model.Document}s: format detection, text and metadata (Apache Tika), checks. */
@NullMarked
package org.bilat.ingest;

import org.jspecify.annotations.NullMarked;

/**
 * The records of the extraction schema (documents, mentions, entities, extraction records), the one exception type
 * that carries a message meant for the user, and {@link org.bilat.model.NameFold}, the one folding of names.
 */
@NullMarked
package org.bilat.model;

import org.jspecify.annotations.NullMarked;

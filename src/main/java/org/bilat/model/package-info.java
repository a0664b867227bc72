/**
 * The records of the extraction schema (documents, mentions, entities, extraction records) and the one exception type
 * that carries a message meant for the user.
 */
@NullMarked
package org.bilat.model;

import org.jspecify.annotations.NullMarked;

/** Rules over tokens, lemmas, tags and NER classes that find the named things of a document and type them. */
@NullMarked
package org.bilat.extract;

import org.jspecify.annotations.NullMarked;

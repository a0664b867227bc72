/** The only package that talks to Stanford CoreNLP: it turns text into tokens with lemmas, tags and NER classes. */
@NullMarked
package org.bilat.nlp;

import org.jspecify.annotations.NullMarked;

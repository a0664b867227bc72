/** Names: finds the proper names of a text and types them (PERSON, ORG, GPE, ...) from class nouns, context, gazetteers and state bodies. */
@NullMarked
package org.bilat.extract.names;

import org.jspecify.annotations.NullMarked;

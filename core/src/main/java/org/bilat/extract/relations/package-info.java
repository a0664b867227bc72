/** Relations: posts, parts, memberships, locations, makers and partners between entities, from the dependency parse, appositions, possessives, copulas and cue phrases. */
@NullMarked
package org.bilat.extract.relations;

import org.jspecify.annotations.NullMarked;

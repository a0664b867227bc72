/** Events: CAMEO-coded happenings from trigger verbs and nouns with their participants, place and date, one record per happening. */
@NullMarked
package org.bilat.extract.events;

import org.jspecify.annotations.NullMarked;

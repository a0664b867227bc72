/** Time: reads the text's time expressions into ISO 8601 values at the precision written, and tells which date holds where. */
@NullMarked
package org.bilat.extract.time;

import org.jspecify.annotations.NullMarked;

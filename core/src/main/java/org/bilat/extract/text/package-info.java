/** The document as the fact rules read it: tokens with the resolved entities laid over them, the reference lists' readers, and the sentence and token helpers every fact kind shares. */
@NullMarked
package org.bilat.extract.text;

import org.jspecify.annotations.NullMarked;

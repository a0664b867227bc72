/** One document through reading, extraction and storage; batches that isolate each document's failure. */
@NullMarked
package org.bilat.pipeline;

import org.jspecify.annotations.NullMarked;

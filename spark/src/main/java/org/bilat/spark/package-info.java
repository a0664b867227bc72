/**
 * Batch extraction on Apache Spark: documents from a folder or any Hadoop path are read and extracted per partition
 * with one NLP pipeline per executor JVM, written as extraction records (JSON lines and Parquet), and loaded into a
 * store in input order through the same path as {@code bilat ingest}, so cross-document resolution runs store-side.
 */
@NullMarked
package org.bilat.spark;

import org.jspecify.annotations.NullMarked;

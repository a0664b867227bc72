/**
 * The store: SQLite (embedded, the default) or PostgreSQL (shared by a team) through portable JDBC, schema under Flyway
 * migrations, one transaction per document; {@code Engine} is the one place that knows how the engines differ.
 */
@NullMarked
package org.bilat.store;

import org.jspecify.annotations.NullMarked;

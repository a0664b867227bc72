/** The embedded store: SQLite through portable JDBC, schema under Flyway migrations, one transaction per document. */
@NullMarked
package org.bilat.store;

import org.jspecify.annotations.NullMarked;

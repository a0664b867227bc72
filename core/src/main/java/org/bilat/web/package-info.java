/** The HTTP server: JSON API over the store and the search index, and the browser UI built from src/main/web. */
@NullMarked
package org.bilat.web;

import org.jspecify.annotations.NullMarked;

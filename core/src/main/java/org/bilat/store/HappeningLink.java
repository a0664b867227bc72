package org.bilat.store;

import org.jspecify.annotations.Nullable;

/** Which happening an event is an account of, and why it joined one another document reported (null: it started it). */
record HappeningLink(String happeningId, @Nullable String reason) {}

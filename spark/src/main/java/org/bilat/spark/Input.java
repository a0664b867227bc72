package org.bilat.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One document to read: its place in the input order and where it is.
 *
 * @param location a local path as the user named it, or a Hadoop URI (hdfs://, s3a://, file:/ ...)
 */
record Input(long index, String location) implements Serializable {
    private static final long serialVersionUID = 1L;

    Input {
        Objects.requireNonNull(location, "location");
    }

    /** Whether the location names a Hadoop file system, not a path on every executor's own disk. */
    boolean remote() {
        return Locations.remote(location);
    }
}

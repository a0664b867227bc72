package org.bilat.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's resident memory and its peak, as Linux reports them in {@code /proc/self/status}; 0 elsewhere. */
final class ProcessMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {}

    /** Resident memory now, in bytes (VmRSS). */
    static long resident() {
        return field("VmRSS:");
    }

    /** The highest resident memory since start or the last {@link #resetPeak}, in bytes (VmHWM). */
    static long peak() {
        return field("VmHWM:");
    }

    /** Sets the peak mark to the memory resident now; false when the kernel does not allow it. */
    static boolean resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5", StandardCharsets.US_ASCII);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long field(String name) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length())
                                    .replace("kB", "")
                                    .strip())
                            * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0; // not Linux: the table shows 0 rather than failing the benchmark
        }
        return 0;
    }
}

package org.bilat.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the command line in a JVM of its own, with the launcher's 3 GB heap, as a user's {@code ./bilat} runs it. */
final class ChildBilat {
    private ChildBilat() {}

    /** A process running {@code bilat ARGS} with {@code jvmOptions} added; its output goes to {@code out} and {@code err}. */
    static Process start(List<String> jvmOptions, Path out, Path err, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx3g"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
    }
}

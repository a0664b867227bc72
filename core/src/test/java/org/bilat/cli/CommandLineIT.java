package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract without NLP: exit codes and the exact lines on stderr. */
class CommandLineIT {
    @TempDir
    Path dir;

    @Test
    void rejectsAnUnknownOptionWithUsageAndExitCode2() {
        Run run = Run.bilat("--frob");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Unknown option: '--frob'");
        assertThat(run.err()).contains("Usage: bilat");
    }

    @Test
    void rejectsAnUnknownOptionOfASubcommandWithExitCode2() {
        Run run = Run.bilat("entities", "--colour", "red");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Unknown options: '--colour', 'red'");
    }

    @Test
    void asksForASubcommandWhenGivenNone() {
        Run run = Run.bilat();

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Missing required subcommand");
    }

    @Test
    void printsTheVersion() {
        Run run = Run.bilat("--version");

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("bilat 0.1.0\n");
    }

    @Test
    void saysInOneLineThatAnUnknownEntityDoesNotExist() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));

        Run run = Run.bilat("show", "--data", data.toString(), "Atlantis");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: Atlantis: no such entity\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void refusesToReadAKnowledgeBaseThatDoesNotExist() {
        Path data = dir.resolve("nothing-here");

        Run run = Run.bilat("entities", "--data", data.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("error: " + data + ": no knowledge base yet;")
                .doesNotContain("\tat ");
        assertThat(data).doesNotExist();
    }

    @Test
    void listsNothingInAnEmptyKnowledgeBase() {
        Run run = Run.bilat("docs", "--data", dir.toString());

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).containsExactly("no documents; add some with: bilat ingest PATH...");
    }

    @Test
    void rejectsAMissingEvalFolderInOneLineWithExitCode2() {
        Path missing = dir.resolve("no-corpus");

        Run run = Run.bilat("eval", "--docs", missing.toString(), "--gold", dir.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + missing + ": no such folder\n");
    }

    @Test
    void rejectsAMaxSizeBelowOneMegabyteAsUsage() {
        Run run = Run.bilat("ingest", "--data", dir.toString(), "--max-size", "0", "a.txt");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("--max-size: must be at least 1 (MB), got 0");
    }

    @Test
    void rejectsAPortOutOfRangeAsUsage() {
        Run run = Run.bilat("serve", "--data", dir.toString(), "--port", "70000");

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("--port: must be between 0 and 65535, got 70000");
    }

    @Test
    void saysInOneLineThatThePortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = Run.bilat("serve", "--data", dir.toString(), "--port", String.valueOf(taken.getLocalPort()));

            assertThat(run.code()).isEqualTo(1);
            assertThat(run.errLines())
                    .singleElement()
                    .asString()
                    .startsWith("error: 127.0.0.1:" + taken.getLocalPort() + ": cannot listen there");
        }
    }

    @Test
    void reindexSaysWhatItIndexed() {
        Run run = Run.bilat("reindex", "--data", dir.toString());

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).containsExactly("indexed documents: 0, entities: 0, events: 0");
    }

    @Test
    void requiresJsonForExtract() {
        Run run = Run.bilat("extract", "a.txt");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Missing required option: '--json'");
    }
}

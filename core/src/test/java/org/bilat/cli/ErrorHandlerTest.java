package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.bilat.model.BilatException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorHandlerTest {
    @Test
    void printsAnInputProblemAsOneErrorLineWithExitCode1() {
        Result result = run("refuse");

        assertThat(result.code).isEqualTo(1);
        assertThat(result.err).isEqualTo("error: brief.pdf: password-protected PDF; remove the password and retry\n");
    }

    @Test
    void printsABugAsOneInternalErrorLineWithoutTheStackTrace() {
        Result result = run("explode");

        assertThat(result.code).isEqualTo(1);
        assertThat(result.err)
                .isEqualTo("internal error: java.lang.IllegalStateException: kaboom (rerun with --debug)\n");
    }

    @Test
    void printsTheStackTraceWithDebug() {
        Result result = run("--debug", "explode");

        assertThat(result.code).isEqualTo(1);
        assertThat(result.err)
                .startsWith("internal error: java.lang.IllegalStateException: kaboom (rerun with --debug)\n")
                .contains("\tat ");
    }

    @Test
    void acceptsDebugAfterTheSubcommandToo() {
        assertThat(run("explode", "--debug").err).contains("\tat ");
    }

    private static Result run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.addSubcommand(new Explode());
        commandLine.addSubcommand(new Refuse());
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Result(code, err.toString());
    }

    private record Result(int code, String err) {}

    @Command(name = "explode")
    static final class Explode implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("kaboom");
        }
    }

    @Command(name = "refuse")
    static final class Refuse implements Runnable {
        @Override
        public void run() {
            throw new BilatException("brief.pdf: password-protected PDF; remove the password and retry");
        }
    }
}

package org.bilat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bilat.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand of {@code bilat} reaches: the top command's shared options ({@code --data}, {@code --store},
 * {@code --debug}) and the knowledge base they name, its own spec and its output streams. picocli injects both fields
 * of this base class as it does a subclass's own.
 */
abstract class Subcommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // picocli injects the parent before call()
    @ParentCommand
    BilatCommand root;

    @SuppressWarnings("NullAway.Init") // picocli injects the spec before call()
    @Spec
    CommandSpec spec;

    /** The knowledge base, created when absent: for commands that add to it. */
    Store openStore() {
        return root.openStore();
    }

    /** The knowledge base for commands that only read it: a missing one is an error. */
    Store openExistingStore() {
        return root.openExistingStore();
    }

    /** The folder of {@code --data}: the SQLite file (unless {@code --store}) and the search index. */
    Path data() {
        return root.data;
    }

    /** Whether {@code --debug} asks for the stack trace of internal errors. */
    boolean debug() {
        return root.debug;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

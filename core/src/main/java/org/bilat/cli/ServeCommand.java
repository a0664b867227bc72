package org.bilat.cli;

import java.util.concurrent.Callable;
import org.bilat.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bilat serve}: the web UI and JSON API over the knowledge base, until Ctrl-C. */
@Command(
        name = "serve",
        description = "Serve the knowledge base on the web: search, entity pages, timeline, network, indicators,"
                + " registers, and the JSON API under /api (described at /api/openapi.json).")
final class ServeCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // picocli injects the parent before call()
    @ParentCommand
    BilatCommand root;

    @SuppressWarnings("NullAway.Init") // picocli injects the spec before call()
    @Spec
    CommandSpec spec;

    @Mixin
    Serving serving = new Serving();

    @Override
    public Integer call() {
        try (Store store = root.openExistingStore()) {
            serving.serve(store, root.data, spec);
        }
        return 0;
    }
}

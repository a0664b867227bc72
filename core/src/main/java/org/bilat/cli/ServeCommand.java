package org.bilat.cli;

import org.bilat.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bilat serve}: the web UI and JSON API over the knowledge base, until Ctrl-C. */
@Command(
        name = "serve",
        description = "Serve the knowledge base on the web: search, entity pages, timeline, network, indicators,"
                + " registers, and the JSON API under /api (described at /api/openapi.json).")
final class ServeCommand extends Subcommand {
    @Mixin
    Serving serving = new Serving();

    @Override
    public Integer call() {
        try (Store store = openExistingStore()) {
            serving.serve(store, data(), spec);
        }
        return 0;
    }
}

package org.bilat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.bilat.search.SearchIndex;
import org.bilat.store.Store;
import org.bilat.web.WebServer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options and work shared by {@code serve} and {@code demo}: start the web server and keep it up until Ctrl-C. */
final class Serving {
    static final int DEFAULT_PORT = 7070;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "7070",
            description = "Port of the web server (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = DEFAULT_PORT;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Option(
            names = "--allow-host",
            paramLabel = "NAME",
            description = "Also answer requests addressed to this host name (repeatable); requests for any other name"
                    + " than this machine's loopback names and --host are refused.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(
            names = "--read-only",
            description = "Refuse every write (judgements) with 403, for a knowledge base shown but not corrected.")
    boolean readOnly;

    /**
     * Serves the knowledge base in {@code data} (building its search index first when it is empty) and returns
     * only when the process is told to stop; the shutdown hook closes the server, index and store.
     */
    void serve(Store store, Path data, CommandSpec spec) {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port: must be between 0 and 65535, got " + port);
        }
        PrintWriter out = spec.commandLine().getOut();
        Batch.catchUpIndex(store, data, spec.commandLine().getErr());
        SearchIndex index = SearchIndex.open(data);
        WebServer server = WebServer.start(store, index, host, port, Set.copyOf(allowedHosts), readOnly);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            index.close();
                            stopped.countDown();
                        },
                        "bilat-shutdown"));
        out.println("serving " + data + " at " + server.url() + " (Ctrl-C to stop)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

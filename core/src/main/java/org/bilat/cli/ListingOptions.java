package org.bilat.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the commands that list facts (figures, timeline) share: the {@code --as-of} cut and {@code --show-rejected}. */
final class ListingOptions {
    @Mixin
    AsOfOptions asOf = new AsOfOptions();

    @Option(names = "--show-rejected", description = "Show the facts an analyst rejected too, marked ✗.")
    boolean showRejected;
}

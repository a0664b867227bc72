package org.bilat.cli;

import org.bilat.store.AsOf;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What the commands that list facts (figures, timeline) share: the {@code --as-of} cut and {@code --show-rejected}. */
final class ListingOptions {
    @SuppressWarnings("NullAway.Init") // picocli injects the spec of the command this is mixed into before call()
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Mixin
    AsOfOptions asOf = new AsOfOptions();

    @Option(names = "--show-rejected", description = "Show the facts an analyst rejected too, marked ✗.")
    boolean showRejected;

    /** The cut asked for; none without --as-of. */
    AsOf cut() {
        return asOf.cut(spec);
    }
}

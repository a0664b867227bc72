package org.bilat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.bilat.model.BilatException;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bilat config user [NAME]}: the name judgements are made under in this data folder. */
@Command(
        name = "config",
        description = "Show or set a setting of the data folder: user NAME names the author of your judgements"
                + " (BILAT_USER overrides it).")
final class ConfigCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // picocli injects the parent before call()
    @ParentCommand
    BilatCommand root;

    @SuppressWarnings("NullAway.Init") // picocli injects the spec before call()
    @Spec
    CommandSpec spec;

    @SuppressWarnings("NullAway.Init") // picocli sets the required parameter before call()
    @Parameters(index = "0", paramLabel = "SETTING", description = "The setting: user.")
    String setting;

    @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", description = "The new value; none shows it.")
    @Nullable
    String value;

    @Override
    public Integer call() {
        if (!setting.equals(Author.SETTING)) {
            throw new BilatException(setting + ": not a setting; use user");
        }
        PrintWriter out = spec.commandLine().getOut();
        String newValue = value;
        try (Store store = root.openStore()) {
            if (newValue == null) {
                out.println(store.setting(setting).orElse("(not set)"));
            } else if (newValue.isBlank()) {
                throw new BilatException("user: must not be empty");
            } else {
                store.setting(setting, newValue.strip());
                out.println("user: " + newValue.strip());
            }
        }
        out.flush();
        return 0;
    }
}

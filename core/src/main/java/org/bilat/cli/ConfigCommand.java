package org.bilat.cli;

import java.io.PrintWriter;
import org.bilat.model.BilatException;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bilat config user [NAME]}: the name judgements are made under in this data folder. */
@Command(
        name = "config",
        description = "Show or set a setting of the data folder: user NAME names the author of your judgements"
                + " (BILAT_USER overrides it).")
final class ConfigCommand extends Subcommand {
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
        PrintWriter out = out();
        String newValue = value;
        try (Store store = openStore()) {
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

package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresDatabaseTest {
    private static final Map<String, String> ENVIRONMENT = Map.of("PGUSER", "analyst", "PGPASSWORD", "s3cret");

    @Test
    void takesUserAndPasswordFromTheEnvironmentWhenTheUrlLacksThem() {
        assertThat(PostgresDatabase.credentials("jdbc:postgresql://db.example/bilat", ENVIRONMENT))
                .containsEntry("user", "analyst")
                .containsEntry("password", "s3cret");
    }

    @Test
    void theUrlsOwnUserAndPasswordWinOverTheEnvironment() {
        assertThat(PostgresDatabase.credentials("jdbc:postgresql://db.example/bilat?user=team&password=x", ENVIRONMENT))
                .isEmpty();
    }

    @Test
    void messagesShowTheUrlWithoutItsPassword() {
        assertThat(PostgresDatabase.shown("jdbc:postgresql://db/bilat?user=team&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/bilat?user=team&password=***&ssl=true");
    }

    @Test
    void rejectsAUrlOfAnotherEngineWithOneLine() {
        assertThatThrownBy(() -> Store.connect("jdbc:mysql://db/bilat"))
                .hasMessage("jdbc:mysql://db/bilat: not a PostgreSQL JDBC URL; use jdbc:postgresql://HOST:PORT/DB");
    }

    @Test
    void anUnreachableServerIsOneLineNamingTheUrl() {
        assertThatThrownBy(() -> Store.connect("jdbc:postgresql://127.0.0.1:1/bilat?password=s3cret"))
                .hasMessageStartingWith("jdbc:postgresql://127.0.0.1:1/bilat?password=***: cannot open the store: ")
                .hasMessageNotContaining("s3cret")
                .hasMessageNotContaining("\n");
    }
}

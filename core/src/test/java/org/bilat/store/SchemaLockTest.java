package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bilat.model.BilatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaLockTest {
    @Test
    void aSecondProcessWaitsForTheFirstToPrepareTheStoreThenGoesOn(@TempDir Path dir) throws Exception {
        Process holder = holdLock(dir, 1_500);
        AtomicBoolean ran = new AtomicBoolean();

        SchemaLock.holding(dir, Duration.ofSeconds(30), () -> ran.set(true));

        assertThat(ran).isTrue();
        assertThat(holder.waitFor()).isZero();
    }

    @Test
    void aSecondProcessThatRunsOutOfPatienceSaysSoInOneLine(@TempDir Path dir) throws Exception {
        Process holder = holdLock(dir, 5_000);
        try {
            assertThatThrownBy(() -> SchemaLock.holding(dir, Duration.ofMillis(300), () -> {}))
                    .isInstanceOf(BilatException.class)
                    .hasMessage("another bilat process is preparing " + dir + "; retry");
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    @Test
    void twoStoresOpenedAtOnceOnANewFolderBothWork(@TempDir Path dir) throws Exception {
        Thread other = new Thread(() -> Store.open(dir).close());
        other.start();
        try (Store store = Store.open(dir)) {
            assertThat(store.summary(0).documents()).isZero();
        }
        other.join();
    }

    /** Starts a JVM that holds the lock for {@code millis} and returns once it holds it. */
    private static Process holdLock(Path dir, long millis) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        dir.toString(),
                        Long.toString(millis))
                .redirectErrorStream(true)
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("locked true");
        return process;
    }
}

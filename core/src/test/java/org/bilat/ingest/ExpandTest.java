package org.bilat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpandTest {
    @TempDir
    Path dir;

    @Test
    void walksFoldersForSupportedFilesSortedAndKeepsNamedFiles() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("b"));
        Path a = Files.writeString(dir.resolve("a.txt"), "x");
        Path c = Files.writeString(sub.resolve("c.pdf"), "x");
        Path d = Files.writeString(dir.resolve("d.MD"), "x");
        Files.writeString(dir.resolve("e.csv"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        Files.writeString(dir.resolve("~$lock.docx"), "x");
        Path named = Files.writeString(dir.resolve("named.xyz"), "x");

        assertThat(DocumentReader.expand(List.of(named, dir))).containsExactly(named, a, c, d);
    }

    @Test
    void rejectsPathThatDoesNotExist() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> DocumentReader.expand(List.of(dir, missing)))
                .hasMessage(missing + ": no such file or folder");
    }

    @Test
    void listsAFileOnlyOnceWhenNamedTwice() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "x");

        assertThat(DocumentReader.expand(List.of(a, dir))).containsExactly(a);
    }
}

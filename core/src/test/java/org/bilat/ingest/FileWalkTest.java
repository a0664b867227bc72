package org.bilat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWalkTest {
    @TempDir
    Path dir;

    @Test
    void namesEveryEntryItPassesOverWithTheReason() throws IOException {
        Path good = write("notes/accord.txt");
        Path other = write("notes/figures.xyz");
        Path hiddenFile = write("notes/.draft.txt");
        Path hiddenFolder = Files.createDirectories(dir.resolve(".cache"));
        write(".cache/inside.txt");
        Path loop = Files.createSymbolicLink(dir.resolve("notes/loop"), dir);
        Path dangling = Files.createSymbolicLink(dir.resolve("notes/gone.txt"), dir.resolve("nowhere.txt"));

        Walk walk = FileWalk.walk(List.of(dir));

        assertThat(walk.files()).containsExactly(good);
        assertThat(walk.skipped())
                .containsExactlyInAnyOrder(
                        other + ": skipped, not a supported type (.txt, .md, .html, .htm, .pdf, .docx)",
                        hiddenFile + ": skipped, a hidden file",
                        hiddenFolder + ": skipped, a hidden folder",
                        loop + ": skipped, a link to a folder (links to folders are not followed)",
                        dangling + ": skipped, a link to nothing");
    }

    @Test
    void aLinkToASupportedFileIsRead() throws IOException {
        Path target = write("elsewhere/brief.md");
        Path link = Files.createSymbolicLink(
                Files.createDirectories(dir.resolve("in")).resolve("brief.md"), target);

        assertThat(FileWalk.walk(List.of(dir.resolve("in"))).files()).containsExactly(link);
    }

    private Path write(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "Borduria and Syldavia met.");
    }
}

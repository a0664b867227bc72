package org.bilat.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FineGrainedListsTest {
    @TempDir
    Path cache;

    @Test
    void writesThePlainPhrasesOnceAndLaterStartsReuseThem() throws IOException {
        FineGrainedLists.Split first = FineGrainedLists.load(cache);
        List<Path> files = lists();
        FileTime written = Files.getLastModifiedTime(files.get(0));
        Files.setLastModifiedTime(files.get(0), FileTime.fromMillis(written.toMillis() - 60_000));

        FineGrainedLists.Split second = FineGrainedLists.load(cache);

        assertThat(second.mapping()).isEqualTo(first.mapping());
        assertThat(lists()).isEqualTo(files);
        assertThat(Files.getLastModifiedTime(files.get(0)).toMillis()).isEqualTo(written.toMillis() - 60_000);
        assertThat(files).allSatisfy(file -> assertThat(first.mapping()).contains(file.toString()));
    }

    @Test
    void rewritesACachedListCutShort() throws IOException {
        FineGrainedLists.load(cache);
        Path list = lists().get(0);
        long size = Files.size(list);
        Files.writeString(list, "Atlantis\tCOUNTRY\n");

        FineGrainedLists.load(cache);

        assertThat(Files.size(list)).isEqualTo(size);
        assertThat(Files.readString(list)).doesNotContain("Atlantis\tCOUNTRY");
    }

    private List<Path> lists() throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}

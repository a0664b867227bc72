package org.bilat.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.bilat.ingest.DocumentReader;
import org.bilat.model.BilatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingTest {
    @TempDir
    Path folder;

    @Test
    void listsALocalFolderAsIngestWalksIt() throws IOException {
        files("b.txt", "a.md", "sub/c.html", "notes.xyz");

        Listing listing = Listing.of(List.of(folder.toString()), new Configuration());

        assertThat(listing.inputs())
                .extracting(Input::location)
                .containsExactlyElementsOf(DocumentReader.expand(List.of(folder)).stream()
                        .map(Path::toString)
                        .toList());
        assertThat(listing.inputs()).extracting(Input::index).containsExactly(0L, 1L, 2L);
        assertThat(listing.skipped()).hasSize(1);
    }

    @Test
    void listsAHadoopUriRecursivelyInNameOrderSkippingUnsupportedFiles() throws IOException {
        files("b.txt", "a.md", "sub/c.html", "notes.xyz");

        Listing listing = Listing.of(List.of(folder.toUri().toString()), new Configuration());

        assertThat(listing.inputs())
                .extracting(input -> Locations.fileName(input.location()))
                .containsExactly("a.md", "b.txt", "c.html");
        assertThat(listing.inputs()).allMatch(Input::remote);
        assertThat(listing.skipped()).singleElement().asString().contains("notes.xyz");
    }

    @Test
    void namesAMissingHadoopPathInOneLine() {
        String missing = folder.resolve("nothing-here").toUri().toString();

        assertThatThrownBy(() -> Listing.of(List.of(missing), new Configuration()))
                .isInstanceOf(BilatException.class)
                .hasMessage(missing + ": no such file or folder");
    }

    @Test
    void saysAFolderWithoutDocumentsHoldsNothingToRead() throws IOException {
        files("notes.xyz");

        Listing listing = Listing.of(List.of(folder.toUri().toString()), new Configuration());

        assertThat(listing.inputs()).isEmpty();
        assertThat(listing.problems()).singleElement().asString().endsWith("no supported files in this folder");
    }

    private void files(String... names) throws IOException {
        for (String name : names) {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "Belarus and China.");
        }
    }
}

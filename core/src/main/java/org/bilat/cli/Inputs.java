package org.bilat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bilat.ingest.DocumentReader;
import org.bilat.ingest.Walk;

/** The files a batch reads: files as named (a bad one fails on its own later), folders walked for supported files. */
final class Inputs {
    final List<Path> files;
    final List<String> problems;
    /** One line for each entry a folder walk passed over, with the reason. */
    final List<String> skipped;

    private Inputs(List<Path> files, List<String> problems, List<String> skipped) {
        this.files = List.copyOf(files);
        this.problems = List.copyOf(problems);
        this.skipped = List.copyOf(skipped);
    }

    static Inputs of(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            Walk walk = DocumentReader.walk(List.of(path));
            if (walk.files().isEmpty()) {
                problems.add(path + ": no supported files in this folder");
            }
            files.addAll(walk.files());
            skipped.addAll(walk.skipped());
        }
        return new Inputs(new ArrayList<>(files), problems, skipped);
    }
}

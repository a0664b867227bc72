package org.bilat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bilat.ingest.DocumentReader;

/** The files a batch reads: files as named (a bad one fails on its own later), folders walked for supported files. */
final class Inputs {
    final List<Path> files;
    final List<String> problems;

    private Inputs(List<Path> files, List<String> problems) {
        this.files = List.copyOf(files);
        this.problems = List.copyOf(problems);
    }

    static Inputs of(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            List<Path> found = DocumentReader.expand(List.of(path));
            if (found.isEmpty()) {
                problems.add(path + ": no supported files in this folder");
            }
            files.addAll(found);
        }
        return new Inputs(new ArrayList<>(files), problems);
    }
}

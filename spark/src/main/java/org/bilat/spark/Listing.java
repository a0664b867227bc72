package org.bilat.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.bilat.ingest.DocumentReader;
import org.bilat.ingest.Walk;
import org.bilat.model.BilatException;

/**
 * The documents a job reads, in the order {@code bilat ingest} would read them: files as named, folders walked
 * recursively for supported files, sorted. Local paths go through the ingest walk itself; Hadoop URIs through their
 * file system's listing.
 *
 * @param skipped one line for each entry a folder walk passed over, with the reason
 * @param problems one line for each folder that held nothing to read
 */
record Listing(List<Input> inputs, List<String> skipped, List<String> problems) {
    Listing {
        inputs = List.copyOf(inputs);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    static Listing of(List<String> locations, Configuration hadoop) {
        Set<String> files = new LinkedHashSet<>();
        List<String> skipped = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String location : locations) {
            List<String> found =
                    Locations.remote(location) ? remote(location, hadoop, skipped) : local(Path.of(location), skipped);
            if (found.isEmpty()) {
                problems.add(location + ": no supported files in this folder");
            }
            files.addAll(found);
        }
        List<Input> inputs = new ArrayList<>();
        files.forEach(file -> inputs.add(new Input(inputs.size(), file)));
        return new Listing(inputs, skipped, problems);
    }

    private static List<String> local(Path path, List<String> skipped) {
        if (!Files.isDirectory(path)) {
            return List.of(path.toString());
        }
        Walk walk = DocumentReader.walk(List.of(path));
        skipped.addAll(walk.skipped());
        return walk.files().stream().map(Path::toString).toList();
    }

    private static List<String> remote(String location, Configuration hadoop, List<String> skipped) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
        try {
            FileSystem system = path.getFileSystem(hadoop);
            FileStatus status = system.getFileStatus(path);
            return status.isDirectory() ? walk(system, path, skipped) : List.of(location);
        } catch (FileNotFoundException e) {
            throw new BilatException(location + ": no such file or folder", e);
        } catch (IOException | IllegalArgumentException e) { // Hadoop wraps an unknown host in the latter
            throw new BilatException(location + ": cannot list it (" + e.getMessage() + ")", e);
        }
    }

    private static List<String> walk(FileSystem system, org.apache.hadoop.fs.Path folder, List<String> skipped)
            throws IOException {
        List<String> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> listed = system.listFiles(folder, true);
        while (listed.hasNext()) {
            String file = listed.next().getPath().toString();
            if (DocumentReader.supported(Path.of(Locations.fileName(file)))) {
                files.add(file);
            } else {
                skipped.add(file + ": skipped, unsupported file type");
            }
        }
        files.sort(null);
        return files;
    }
}

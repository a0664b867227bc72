package org.bilat.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bilat.model.BilatException;
import org.jspecify.annotations.Nullable;

/**
 * Turns the paths a user gives into the files to read: files as named, folders walked for supported files. Whatever a
 * walk passes over (another type, a hidden file or folder, a link to a folder, an unreadable entry) is named with the
 * reason; links to folders are not followed, so a link loop cannot trap the walk.
 */
final class FileWalk {
    private FileWalk() {}

    static Walk walk(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        List<String> skipped = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new BilatException(path + ": no such file or folder");
            }
            if (Files.isDirectory(path)) {
                files.addAll(walk(path, skipped));
            } else {
                files.add(path);
            }
        }
        return new Walk(List.copyOf(files), skipped);
    }

    private static List<Path> walk(Path folder, List<String> skipped) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new Visitor(folder, found, skipped));
        } catch (IOException e) {
            throw new BilatException(folder + ": cannot read the folder (" + e.getMessage() + ")", e);
        }
        found.sort(null);
        return found;
    }

    private static boolean hidden(Path path) {
        String name = String.valueOf(path.getFileName());
        return name.startsWith(".") || name.startsWith("~$");
    }

    /** Collects the supported files of one folder tree and the reasons for everything else. */
    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> found;
        private final List<String> skipped;

        Visitor(Path root, List<Path> found, List<String> skipped) {
            this.root = root;
            this.found = found;
            this.skipped = skipped;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (!dir.equals(root) && hidden(dir)) {
                skipped.add(dir + ": skipped, a hidden folder");
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            String reason = reason(file, attributes);
            if (reason == null) {
                found.add(file);
            } else {
                skipped.add(file + ": skipped, " + reason);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            skipped.add(file + ": skipped, cannot be read (" + e.getMessage() + ")");
            return FileVisitResult.CONTINUE;
        }

        private static @Nullable String reason(Path file, BasicFileAttributes attributes) {
            if (hidden(file)) {
                return "a hidden file";
            }
            if (attributes.isSymbolicLink() && Files.isDirectory(file)) {
                return "a link to a folder (links to folders are not followed)";
            }
            if (attributes.isSymbolicLink() && !Files.exists(file)) {
                return "a link to nothing";
            }
            if (!attributes.isSymbolicLink() && !attributes.isRegularFile()) {
                return "not a regular file";
            }
            return Format.of(file).isPresent() ? null : "not a supported type (" + Format.supportedList() + ")";
        }
    }
}

package org.bilat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.bilat.model.BilatException;

/** Turns the paths a user gives into the files to read: files as named, folders walked for supported files. */
final class FileWalk {
    private FileWalk() {}

    static List<Path> expand(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new BilatException(path + ": no such file or folder");
            }
            if (Files.isDirectory(path)) {
                files.addAll(walk(path));
            } else {
                files.add(path);
            }
        }
        return List.copyOf(files);
    }

    private static List<Path> walk(Path folder) {
        try (Stream<Path> tree = Files.walk(folder)) {
            List<Path> found = new ArrayList<>(tree.filter(FileWalk::wanted).toList());
            found.sort(null);
            return found;
        } catch (UncheckedIOException e) {
            IOException cause = Objects.requireNonNull(e.getCause());
            throw new BilatException(folder + ": cannot read the folder (" + cause.getMessage() + ")", e);
        } catch (IOException e) {
            throw new BilatException(folder + ": cannot read the folder (" + e.getMessage() + ")", e);
        }
    }

    /** Supported files, but no hidden ones and no editors' lock files (.~lock.x.docx#, ~$x.docx). */
    private static boolean wanted(Path file) {
        String name = String.valueOf(file.getFileName());
        boolean hidden = name.startsWith(".") || name.startsWith("~$");
        return !hidden && Files.isRegularFile(file) && Format.of(file).isPresent();
    }
}

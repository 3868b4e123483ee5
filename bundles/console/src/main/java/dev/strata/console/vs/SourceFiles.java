package dev.strata.console.vs;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files that {@code vs:ingest} reads from its path arguments: a file as it is, a folder
 * walked to any depth. In folders only regular files count; hidden files and folders (names
 * starting with a dot) and links are left out, and counted. Files reached twice count once.
 */
final class SourceFiles {

    private SourceFiles() {}

    /**
     * One file to ingest.
     *
     * @param path its absolute path
     * @param shown the path to show: relative to the base folder when inside it, else absolute
     * @param name the file's own name, which the Files API keeps
     * @param bytes its size
     */
    record LocalFile(Path path, String shown, String name, long bytes) {}

    /**
     * What a walk found.
     *
     * @param files the regular files, sorted by their absolute path
     * @param hidden the hidden files and folders left out
     * @param other the links and special files left out
     */
    record Found(List<LocalFile> files, int hidden, int other) {}

    /**
     * Walks the arguments; a relative path is read from {@code base}, and {@code ~/} from {@code
     * home}.
     *
     * @throws IllegalArgumentException naming every path that does not exist, is not a file or
     *     folder, or cannot be read; nothing is walked further then
     */
    static Found walk(List<String> arguments, Path base, Path home) {
        Path from = base.toAbsolutePath().normalize();
        List<String> missing = arguments.stream()
                .filter(a -> !Files.exists(expand(a, from, home)))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("No such file or folder: " + String.join(", ", missing)
                    + " (paths are read on the Strata server, relative to " + from + "); check them and run again");
        }
        Walker walker = new Walker(from);
        for (String argument : arguments) {
            walker.add(expand(argument, from, home));
        }
        return new Found(List.copyOf(walker.files.values()), walker.hidden, walker.other);
    }

    private static Path expand(String argument, Path base, Path home) {
        if (argument.equals("~") || argument.startsWith("~/")) {
            return home.resolve(argument.substring(Math.min(2, argument.length())));
        }
        return base.resolve(argument);
    }

    /** What the walk left out, such as {@code " (left out 2 hidden and 1 link or special file)"}; empty if nothing. */
    static String leftOut(Found found) {
        List<String> parts = new ArrayList<>();
        if (found.hidden() > 0) {
            parts.add(found.hidden() + " hidden");
        }
        if (found.other() > 0) {
            parts.add(found.other() + (found.other() == 1 ? " link or special file" : " links or special files"));
        }
        return parts.isEmpty() ? "" : " (left out " + String.join(" and ", parts) + ")";
    }

    static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Collects the files of each argument, keyed by absolute path so that each counts once. */
    private static final class Walker extends SimpleFileVisitor<Path> {

        final Map<Path, LocalFile> files = new TreeMap<>();
        int hidden;
        int other;
        private final Path base;
        private Path root;

        Walker(Path base) {
            this.base = base;
        }

        void add(Path path) {
            if (Files.isRegularFile(path)) {
                addFile(path, size(path));
                return;
            }
            if (!Files.isDirectory(path)) {
                throw new IllegalArgumentException(path + " is neither a file nor a folder; name files or folders");
            }
            root = path;
            try {
                Files.walkFileTree(path, this);
            } catch (IOException e) {
                throw new IllegalArgumentException(
                        "Cannot read " + path + " (" + e + "); fix its permissions or leave it out");
            }
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (!dir.equals(root) && isHidden(dir)) {
                hidden++;
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (isHidden(file)) {
                hidden++;
            } else if (attributes.isRegularFile()) {
                addFile(file, attributes.size());
            } else {
                other++;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
            throw failure;
        }

        private void addFile(Path file, long bytes) {
            Path absolute = file.toAbsolutePath().normalize();
            Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
            files.putIfAbsent(
                    absolute,
                    new LocalFile(
                            absolute, shown.toString(), absolute.getFileName().toString(), bytes));
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new IllegalArgumentException(
                        "Cannot read " + file + " (" + e + "); fix its permissions or leave it out");
            }
        }
    }
}

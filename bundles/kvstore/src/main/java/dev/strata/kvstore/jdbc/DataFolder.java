package dev.strata.kvstore.jdbc;

import java.nio.file.Path;

/**
 * The folder where Strata keeps its data: Karaf's {@code karaf.data} when set, else {@code data}
 * under the working directory. Relative database paths resolve against it, and Derby writes its
 * log there.
 */
public final class DataFolder {

    /** The system property Karaf sets to its data folder. */
    public static final String KARAF_DATA = "karaf.data";

    private DataFolder() {}

    /** Returns the data folder of this process, as an absolute path. */
    public static Path current() {
        return of(System.getProperty(KARAF_DATA), Path.of(""));
    }

    static Path of(String karafData, Path workingDirectory) {
        Path folder = karafData == null || karafData.isBlank() ? workingDirectory.resolve("data") : Path.of(karafData);
        return folder.toAbsolutePath().normalize();
    }

    /** Resolves a configured path: an absolute one stays, a relative one lands in {@code folder}. */
    static Path resolve(Path folder, String path) {
        return folder.resolve(path).toAbsolutePath().normalize();
    }
}

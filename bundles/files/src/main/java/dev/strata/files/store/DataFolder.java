package dev.strata.files.store;

import java.nio.file.Path;

/**
 * The folder where Strata keeps its data: Karaf's {@code karaf.data} when set, else {@code data}
 * under the working directory. A relative {@code storage_dir} resolves against it, as the KV
 * store's {@code db_path} does.
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
}

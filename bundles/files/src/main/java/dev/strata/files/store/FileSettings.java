package dev.strata.files.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The checked configuration of one files provider. Made only by {@link #of}, which refuses a
 * bad value with a message naming the provider, the setting as the run config spells it, the
 * value and what to use instead.
 *
 * @param providerId the provider's id, as in the run config
 * @param folder the folder of the blobs, absolute
 * @param maxFileBytes the largest file accepted, in bytes, 1 or more
 * @param purgeInterval how often expired files are removed, 1 second or more
 */
public record FileSettings(String providerId, Path folder, long maxFileBytes, Duration purgeInterval) {

    /** The default size limit: {@value} bytes (512 MiB). */
    public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;

    /**
     * Checks the settings of a provider.
     *
     * @param providerId the provider's id, non-blank
     * @param dataFolder the data folder a relative {@code storageDir} resolves against
     * @param storageDir the blob folder, absolute or relative to {@code dataFolder}
     * @param maxFileBytes the size limit, 1 or more
     * @param purgeInterval the time between removals of expired files, 1 second or more
     * @throws IllegalArgumentException naming the provider, the setting, its value and the fix
     */
    public static FileSettings of(
            String providerId, Path dataFolder, String storageDir, long maxFileBytes, Duration purgeInterval) {
        if (providerId == null || providerId.isBlank()) {
            throw new IllegalArgumentException("files provider: provider_id is "
                    + (providerId == null ? "missing" : "'" + providerId + "'")
                    + "; give every files provider a non-blank provider id");
        }
        check(
                storageDir != null && !storageDir.isBlank(),
                providerId,
                "storage_dir is " + (storageDir == null ? "missing" : "'" + storageDir + "'"),
                "set the folder of the file blobs, absolute or relative to the data folder " + dataFolder);
        check(
                maxFileBytes >= 1,
                providerId,
                "max_file_bytes is " + maxFileBytes,
                "use 1 or more bytes, such as " + DEFAULT_MAX_FILE_BYTES + " (512 MiB)");
        check(
                purgeInterval != null && purgeInterval.toMillis() >= 1000,
                providerId,
                "purge_interval_seconds is " + (purgeInterval == null ? "missing" : purgeInterval.toSeconds()),
                "use 1 second or more");
        return new FileSettings(providerId, resolve(providerId, dataFolder, storageDir), maxFileBytes, purgeInterval);
    }

    private static Path resolve(String providerId, Path dataFolder, String storageDir) {
        try {
            return dataFolder.resolve(storageDir).toAbsolutePath().normalize();
        } catch (InvalidPathException invalid) {
            throw new IllegalArgumentException(
                    "files provider '" + providerId + "': storage_dir '" + storageDir + "' is not a valid path ("
                            + invalid.getReason() + "); use a folder name such as 'files'",
                    invalid);
        }
    }

    private static void check(boolean ok, String providerId, String problem, String fix) {
        if (!ok) {
            throw new IllegalArgumentException("files provider '" + providerId + "': " + problem + "; " + fix);
        }
    }
}

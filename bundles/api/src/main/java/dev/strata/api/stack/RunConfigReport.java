package dev.strata.api.stack;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The state of the run config ({@code etc/run.yaml}): which version of the file is in effect,
 * whether the file's latest contents were refused, and the providers it runs.
 *
 * @param path the file's absolute path
 * @param checkedAt when the file was last read, or {@code null} before the first read
 * @param refusal why the file's latest contents were refused, naming lines and keys; {@code
 *     null} when they are in effect. While refused, the providers of the last accepted
 *     contents keep running.
 * @param providers the providers in effect, in dependency order: each after those it needs
 * @param warnings things to look at that did not stop the file, e.g. a provider type declared
 *     by two bundles; never {@code null}
 */
@ProviderType
public record RunConfigReport(
        String path, Instant checkedAt, String refusal, List<ProviderReport> providers, List<String> warnings) {

    /** Rejects a {@code null} path and copies the lists. */
    public RunConfigReport {
        Objects.requireNonNull(path, "path");
        providers = List.copyOf(providers);
        warnings = List.copyOf(warnings);
    }
}

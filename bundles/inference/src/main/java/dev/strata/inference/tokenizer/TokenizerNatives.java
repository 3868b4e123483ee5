package dev.strata.inference.tokenizer;

import ai.djl.huggingface.tokenizers.jni.LibUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the native libraries of the DJL tokenizers (and of JNA, which DJL uses to look for CUDA)
 * from this bundle, once per class loader.
 *
 * <ul>
 *   <li>DJL looks up its native library and platform file through the thread context class
 *       loader, which inside OSGi is not this bundle's; {@link #call} sets it for the call.
 *   <li>DJL extracts the library into its cache folder ({@code ~/.djl.ai} by default) at a path
 *       fixed per version, and the JVM binds a native library to one class loader: after this
 *       bundle is updated or refreshed, the new class loader could not load the file the old one
 *       holds. So each class loader extracts into a fresh folder under {@code java.io.tmpdir}
 *       (Karaf's {@code data/tmp}), named to DJL by {@code ENGINE_CACHE_DIR} and to JNA by {@code
 *       jna.tmpdir} while the libraries load, and deletes it afterwards: a loaded library needs
 *       its file no more on Linux and macOS. An operator's own {@code ENGINE_CACHE_DIR} or {@code
 *       DJL_CACHE_DIR} is left alone.
 * </ul>
 *
 * The two system properties are set for the duration of the load only; the load runs before any
 * tokenizer exists and is never repeated in a class loader.
 */
final class TokenizerNatives {

    private static final Logger LOG = LoggerFactory.getLogger(TokenizerNatives.class);

    private static final String ENGINE_CACHE_DIR = "ENGINE_CACHE_DIR";

    private static final String JNA_TMPDIR = "jna.tmpdir";

    private static boolean loaded; // guarded by TokenizerNatives.class

    private static IllegalStateException failure; // guarded by TokenizerNatives.class

    private TokenizerNatives() {}

    /**
     * Loads the libraries unless this class loader has.
     *
     * @throws IllegalStateException if they cannot be loaded, now or at an earlier try
     */
    static synchronized void load() {
        if (failure != null) {
            throw failure;
        }
        if (loaded) {
            return;
        }
        try {
            call(TokenizerNatives::extractAndLoad);
            loaded = true;
        } catch (RuntimeException | LinkageError e) {
            failure = new IllegalStateException(
                    "the native library of the DJL tokenizers cannot be loaded on " + System.getProperty("os.name")
                            + " " + System.getProperty("os.arch") + ": " + e,
                    e);
            throw failure;
        }
    }

    /** Runs {@code work} with this bundle's class loader as the thread context class loader. */
    static <T> T call(Callable<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(TokenizerNatives.class.getClassLoader());
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Void extractAndLoad() throws IOException {
        if (System.getenv(ENGINE_CACHE_DIR) != null
                || System.getProperty(ENGINE_CACHE_DIR) != null
                || System.getenv("DJL_CACHE_DIR") != null
                || System.getProperty("DJL_CACHE_DIR") != null) {
            LibUtils.checkStatus();
            return null;
        }
        Path folder = Files.createTempDirectory("strata-djl-");
        String previousJna = System.getProperty(JNA_TMPDIR);
        System.setProperty(ENGINE_CACHE_DIR, folder.toString());
        System.setProperty(JNA_TMPDIR, folder.toString());
        try {
            LibUtils.checkStatus();
            LOG.debug("DJL tokenizers' native library loaded from {}", folder);
        } finally {
            System.clearProperty(ENGINE_CACHE_DIR);
            restore(JNA_TMPDIR, previousJna);
            delete(folder);
        }
        return null;
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(TokenizerNatives::deleteOrKeepUntilExit);
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Cannot clean {}; it goes when the JVM exits", folder, e);
        }
    }

    private static void deleteOrKeepUntilExit(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}

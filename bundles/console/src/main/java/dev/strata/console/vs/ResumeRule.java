package dev.strata.console.vs;

import dev.strata.console.vs.SourceFiles.LocalFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What makes {@code vs:ingest} safe to run again: a local file is skipped when the store already
 * has a completed file of the same name and byte size. The match counts: two local files of one
 * name and size are both skipped only when the store has two such completed files.
 */
final class ResumeRule {

    private ResumeRule() {}

    /**
     * A file as the store knows it.
     *
     * @param name its filename in the Files API
     * @param bytes its size
     */
    record Known(String name, long bytes) {}

    /**
     * The local files split into those to upload and those the store has.
     *
     * @param upload the files to upload, in the order given
     * @param skipped the files the store has completed already
     * @param matched for each skipped file, at the same index, the store's file it matched
     * @param <T> how the caller knows the store's files
     */
    record Split<T>(List<LocalFile> upload, List<LocalFile> skipped, List<T> matched) {}

    static Split<Known> split(List<LocalFile> local, List<Known> completed) {
        return split(local, completed, Function.identity());
    }

    /** Splits the local files by the store's completed files, each known by {@code knownOf}. */
    static <T> Split<T> split(List<LocalFile> local, List<T> completed, Function<T, Known> knownOf) {
        Map<Known, Deque<T>> left = new HashMap<>();
        completed.forEach(file -> left.computeIfAbsent(knownOf.apply(file), k -> new ArrayDeque<>())
                .add(file));
        List<LocalFile> upload = new ArrayList<>();
        List<LocalFile> skipped = new ArrayList<>();
        List<T> matched = new ArrayList<>();
        for (LocalFile file : local) {
            Deque<T> same = left.get(new Known(file.name(), file.bytes()));
            if (same == null || same.isEmpty()) {
                upload.add(file);
            } else {
                skipped.add(file);
                matched.add(same.poll());
            }
        }
        return new Split<>(upload, skipped, matched);
    }

    /** The local files that match a file the store is still ingesting. */
    static List<LocalFile> inFlight(List<LocalFile> upload, List<Known> inProgress) {
        return split(upload, inProgress).skipped();
    }
}

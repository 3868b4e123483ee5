package dev.strata.console.vs;

import dev.strata.console.vs.SourceFiles.LocalFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
     */
    record Split(List<LocalFile> upload, List<LocalFile> skipped) {}

    static Split split(List<LocalFile> local, List<Known> completed) {
        Map<Known, Integer> left = new HashMap<>();
        completed.forEach(known -> left.merge(known, 1, Integer::sum));
        List<LocalFile> upload = new ArrayList<>();
        List<LocalFile> skipped = new ArrayList<>();
        for (LocalFile file : local) {
            Known key = new Known(file.name(), file.bytes());
            if (left.getOrDefault(key, 0) > 0) {
                left.merge(key, -1, Integer::sum);
                skipped.add(file);
            } else {
                upload.add(file);
            }
        }
        return new Split(upload, skipped);
    }

    /** The local files that match a file the store is still ingesting. */
    static List<LocalFile> inFlight(List<LocalFile> upload, List<Known> inProgress) {
        return split(upload, inProgress).skipped();
    }
}

package dev.strata.vectorio.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The file ids of a new batch: at least one, none blank, none twice. */
final class BatchFileIds {

    /** The most files one batch may hold: {@value}, as OpenAI allows. */
    static final int MAX_FILES = 10_000;

    private BatchFileIds() {}

    static List<String> check(List<String> fileIds) {
        if (fileIds == null || fileIds.isEmpty()) {
            throw new IllegalArgumentException(
                    "file_ids is " + (fileIds == null ? "missing" : "empty") + "; give the ids of the files to ingest");
        }
        if (fileIds.size() > MAX_FILES) {
            throw new IllegalArgumentException("file_ids has " + fileIds.size() + " ids; use at most " + MAX_FILES
                    + " per batch, or several batches");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fileIds.size(); i++) {
            String id = fileIds.get(i);
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException(
                        "file_ids[" + i + "] is " + (id == null ? "null" : "blank") + "; give a file id");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("file_ids lists " + id + " twice; give each file once");
            }
        }
        return List.copyOf(fileIds);
    }
}

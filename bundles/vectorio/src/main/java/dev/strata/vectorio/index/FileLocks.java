package dev.strata.vectorio.index;

import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per file id, from a fixed set of {@value #STRIPES} shared by hash, so that the changes
 * to one file are made one at a time: {@code updateAttributes} reads a file's chunks and writes
 * them back, and a {@code replaceFile} in between would be undone. Changes to different files
 * rarely share a lock, and a lock is held only while a change is handed to the IndexWriter, never
 * while it waits for a commit.
 */
final class FileLocks {

    private static final int STRIPES = 64;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    FileLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    ReentrantLock of(String fileId) {
        return locks[Math.floorMod(fileId.hashCode(), STRIPES)];
    }
}

package dev.strata.vectorio.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The main class of the child JVMs that the kill -9 test starts and kills. Arguments: {@code
 * FOLDER PREFIX}. It opens the index in FOLDER, prints {@code ready}, then replaces files named
 * PREFIX-0, PREFIX-1, ... forever, from two threads, printing {@code ack FILE} after each call
 * returned.
 */
public final class IndexProcess {

    static final int DIMENSION = 8;

    private IndexProcess() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String prefix = args[1];
        StoreIndex index = StoreIndex.open(folder, DIMENSION);
        say("ready");
        Thread other = new Thread(() -> write(index, prefix + "-odd", 1));
        other.start();
        write(index, prefix + "-even", 0);
    }

    private static void write(StoreIndex index, String prefix, int first) {
        try {
            for (long i = first; ; i += 2) {
                String fileId = prefix + "-" + i;
                index.replaceFile(fileId, chunksOf(fileId));
                say("ack " + fileId);
            }
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** The chunks written as {@code fileId}, and expected back: 1 to 20, from the id. */
    static List<IndexedChunk> chunksOf(String fileId) {
        Random random = new Random(fileId.hashCode());
        List<IndexedChunk> chunks = new ArrayList<>();
        int count = 1 + random.nextInt(20);
        for (int i = 0; i < count; i++) {
            chunks.add(Chunks.chunk(
                    fileId,
                    i,
                    "chunk " + i + " of " + fileId,
                    Chunks.random(random, DIMENSION),
                    Map.of("file", fileId)));
        }
        return chunks;
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}

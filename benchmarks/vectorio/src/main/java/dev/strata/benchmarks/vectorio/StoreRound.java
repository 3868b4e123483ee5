package dev.strata.benchmarks.vectorio;

import dev.strata.api.vectorio.ComparisonOperator;
import dev.strata.api.vectorio.Filter;
import dev.strata.api.vectorio.Ranker;
import dev.strata.api.vectorio.SearchMode;
import dev.strata.api.vectorio.SearchResult;
import dev.strata.vectorio.index.IndexQuery;
import dev.strata.vectorio.index.IndexedChunk;
import dev.strata.vectorio.index.StoreIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * One size: the chunks written to a fresh index in a temporary folder, the index closed (which
 * waits for its merges) and reopened, then the same queries through the index and through the
 * peer, without and with a filter.
 */
final class StoreRound {

    /** One line of the report. */
    record Figures(
            int chunks,
            String search,
            double buildSeconds,
            int segments,
            Percentiles index,
            Percentiles exact,
            double recall) {}

    static final int LIMIT = 10;
    static final int CHUNKS_PER_FILE = 500;
    static final int WRITERS = 4;

    /** Every chunk has {@code shard = position % SHARDS}; the filtered search asks for shard 0. */
    static final int SHARDS = 10;

    private final int chunks;
    private final int warmups;
    private final int queries;

    StoreRound(int chunks, int warmups, int queries) {
        this.chunks = chunks;
        this.warmups = warmups;
        this.queries = queries;
    }

    List<Figures> run() throws Exception {
        ClusteredVectors data = new ClusteredVectors(chunks);
        float[][] vectors = data.next(chunks);
        float[][] asked = data.next(warmups + queries);
        Path folder = Files.createTempDirectory("strata-vectorio-benchmark");
        try {
            long started = System.nanoTime();
            try (StoreIndex index = StoreIndex.open(folder, ClusteredVectors.DIMENSION)) {
                write(index, vectors);
            }
            double buildSeconds = (System.nanoTime() - started) / 1e9;
            try (StoreIndex index = StoreIndex.open(folder, ClusteredVectors.DIMENSION)) {
                int segments = segments(folder);
                ExactSearch exact = new ExactSearch(vectors);
                Filter shardZero = new Filter.Comparison("shard", ComparisonOperator.EQ, 0);
                return List.of(
                        measure("vector", index, exact, asked, null, i -> true, buildSeconds, segments),
                        measure(
                                "vector, 10% filter",
                                index, exact, asked, shardZero, i -> i % SHARDS == 0, buildSeconds, segments));
            }
        } finally {
            delete(folder);
        }
    }

    /** Writes the chunks as files of {@value #CHUNKS_PER_FILE}, {@value #WRITERS} files at a time. */
    private static void write(StoreIndex index, float[][] vectors) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> files = new ArrayList<>();
            for (int first = 0; first < vectors.length; first += CHUNKS_PER_FILE) {
                int from = first;
                files.add(writers.submit(() -> {
                    String fileId = "f" + from / CHUNKS_PER_FILE;
                    List<IndexedChunk> file = new ArrayList<>();
                    for (int i = from; i < Math.min(vectors.length, from + CHUNKS_PER_FILE); i++) {
                        file.add(new IndexedChunk(
                                "c" + i,
                                fileId,
                                fileId + ".txt",
                                i - from,
                                "chunk " + i,
                                vectors[i],
                                Map.of("shard", i % SHARDS)));
                    }
                    index.replaceFile(fileId, file);
                    return null;
                }));
            }
            for (Future<?> file : files) {
                file.get();
            }
        } finally {
            writers.shutdown();
        }
    }

    private Figures measure(
            String search,
            StoreIndex index,
            ExactSearch exact,
            float[][] asked,
            Filter filter,
            IntPredicate accepted,
            double buildSeconds,
            int segments)
            throws IOException {
        int[][] truth = new int[queries][];
        long[] exactNanos = new long[queries];
        for (int i = 0; i < warmups; i++) {
            exact.nearest(asked[i], LIMIT, accepted);
        }
        for (int i = 0; i < queries; i++) {
            long before = System.nanoTime();
            truth[i] = exact.nearest(asked[warmups + i], LIMIT, accepted);
            exactNanos[i] = System.nanoTime() - before;
        }

        for (int i = 0; i < warmups; i++) {
            index.search(query(asked[i], filter));
        }
        long[] indexNanos = new long[queries];
        double found = 0;
        for (int i = 0; i < queries; i++) {
            long before = System.nanoTime();
            List<SearchResult> results = index.search(query(asked[warmups + i], filter));
            indexNanos[i] = System.nanoTime() - before;
            found += overlap(results, truth[i]);
        }
        return new Figures(
                chunks,
                search,
                buildSeconds,
                segments,
                Percentiles.of(indexNanos),
                Percentiles.of(exactNanos),
                found / ((double) queries * LIMIT));
    }

    private static IndexQuery query(float[] vector, Filter filter) {
        return new IndexQuery(vector, null, filter, SearchMode.VECTOR, Ranker.DEFAULT, LIMIT, 0);
    }

    private static int overlap(List<SearchResult> results, int[] truth) {
        Set<Integer> exact = new HashSet<>();
        for (int position : truth) {
            exact.add(position);
        }
        int found = 0;
        for (SearchResult result : results) {
            if (exact.contains(Integer.parseInt(result.chunkId().substring(1)))) {
                found++;
            }
        }
        return found;
    }

    /** How many segments the reopened index has: each is searched on its own. */
    private static int segments(Path folder) throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().size();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

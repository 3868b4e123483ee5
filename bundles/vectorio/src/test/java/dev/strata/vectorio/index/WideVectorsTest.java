package dev.strata.vectorio.index;

import static dev.strata.vectorio.index.Chunks.chunk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.strata.api.vectorio.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 3072 dimensions, as OpenAI's text-embedding-3-large gives: beyond Lucene's default of 1024, yet
 * written in the standard formats, so a plain Lucene reader opens the index and merges work.
 */
class WideVectorsTest {

    private static final int DIMENSION = 3072;

    @TempDir
    Path folder;

    @Test
    void vectorsOf3072DimensionsAreIndexedSearchedAndKept() throws IOException {
        Random random = new Random(3072);
        List<float[]> vectors = new ArrayList<>();
        try (StoreIndex index = StoreIndex.open(folder, DIMENSION)) {
            for (int file = 0; file < 4; file++) {
                List<IndexedChunk> chunks = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    float[] vector = Chunks.random(random, DIMENSION);
                    vectors.add(vector);
                    chunks.add(chunk("f" + file, i, "chunk " + i + " of file " + file, vector));
                }
                index.replaceFile("f" + file, chunks);
            }
            assertNearestIsItself(index, vectors.get(17), "f1#7");
            assertThat(index.fileBytes("f0")).isEqualTo(10 * 4L * DIMENSION + "chunk 0 of file 0".length() * 10);
        }

        try (StoreIndex index = StoreIndex.open(folder, DIMENSION)) {
            assertThat(index.chunkCount()).isEqualTo(40);
            assertThat(index.fileChunks("f3").get(2).vector()).isEqualTo(vectors.get(32));
            assertNearestIsItself(index, vectors.get(32), "f3#2");
        }
    }

    @Test
    void aPlainLuceneReaderOpensTheIndexThroughTheStandardCodecs() throws IOException {
        Random random = new Random(7);
        float[] target = Chunks.random(random, DIMENSION);
        try (StoreIndex index = StoreIndex.open(folder, DIMENSION)) {
            index.replaceFile(
                    "f",
                    List.of(chunk("f", 0, "target", target), chunk("f", 1, "other", Chunks.random(random, DIMENSION))));
        }

        try (FSDirectory directory = FSDirectory.open(folder);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(SegmentInfos.readLatestCommit(directory)
                            .info(0)
                            .info
                            .getCodec()
                            .getName())
                    .isEqualTo(Codec.getDefault().getName());
            TopDocs top = new IndexSearcher(reader).search(new KnnFloatVectorQuery(ChunkFields.VECTOR, target, 1), 1);
            assertThat(reader.storedFields().document(top.scoreDocs[0].doc).get(ChunkFields.CHUNK_ID))
                    .isEqualTo("f#0");
        }
    }

    @Test
    void segmentsOfWideVectorsMerge() throws IOException {
        Random random = new Random(11);
        float[] target = Chunks.random(random, DIMENSION);
        try (StoreIndex index = StoreIndex.open(folder, DIMENSION)) {
            for (int file = 0; file < 5; file++) {
                float[] vector = file == 3 ? target : Chunks.random(random, DIMENSION);
                index.replaceFile("f" + file, List.of(chunk("f" + file, 0, "file " + file, vector)));
            }
        }
        try (FSDirectory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(
                        directory, new IndexWriterConfig(new EnglishAnalyzer()).setCodec(new StoreCodec()))) {
            writer.forceMerge(1);
        }

        try (StoreIndex index = StoreIndex.open(folder, DIMENSION)) {
            assertThat(index.chunkCount()).isEqualTo(5);
            assertNearestIsItself(index, target, "f3#0");
        }
    }

    /** Without the wider format Lucene refuses such a vector: the test above means something. */
    @Test
    void luceneAloneRefusesMoreThan1024Dimensions() throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer()))) {
            Document document = new Document();
            document.add(new KnnFloatVectorField("v", new float[1025], VectorSimilarityFunction.COSINE));

            assertThatThrownBy(() -> writer.addDocument(document))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1024");
        }
    }

    private static void assertNearestIsItself(StoreIndex index, float[] vector, String chunkId) throws IOException {
        List<SearchResult> results = index.search(Chunks.vector(vector, 3));

        assertThat(results.get(0).chunkId()).isEqualTo(chunkId);
        assertThat(results.get(0).score()).isCloseTo(1.0, within(1e-5));
        assertThat(results.get(1).score()).isLessThan(0.6);
    }
}

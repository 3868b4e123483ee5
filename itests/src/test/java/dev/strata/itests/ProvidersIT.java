package dev.strata.itests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.files.ExtractedText;
import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import dev.strata.api.files.Files;
import dev.strata.api.files.TextExtraction;
import dev.strata.api.inference.Embeddings;
import dev.strata.api.inference.Inference;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The files and inference providers as the distribution runs them: named in the run config,
 * they come up, store and extract a document, and embed text with the local model.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProvidersIT extends StrataTestSupport {

    private static final String RUN_CONFIG = """
            providers:
              files:
                - provider_id: localfs
                  provider_type: inline::localfs
                  config:
                    kvstore: {backend: kv_default, namespace: files}
              inference:
                - provider_id: onnx
                  provider_type: inline::onnx
                  config: {}
            storage:
              backends:
                kv_default: {type: kv_derby, db_path: kvstore}
            """;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void filesStoreAndExtractADocument() throws Exception {
        awaitStarted();
        writeRunConfig(RUN_CONFIG);
        Files files = awaitService(Files.class);
        byte[] html = "<html><body><h1>Durable jobs</h1><p>Strata keeps every job.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        FileInfo stored = files.create(new ByteArrayInputStream(html), "notes.html", FilePurpose.ASSISTANTS, null);

        assertThat(stored.id()).startsWith("file-");
        assertThat(stored.bytes()).isEqualTo(html.length);
        try (InputStream content = files.content(stored.id())) {
            assertThat(content.readAllBytes()).isEqualTo(html);
        }
        TextExtraction extraction = awaitService(TextExtraction.class);
        try (InputStream content = files.content(stored.id())) {
            ExtractedText text = extraction.extract(content, stored.filename(), null);
            assertThat(text.text()).contains("Durable jobs").contains("Strata keeps every job.");
        }
    }

    @Test
    public void localModelEmbedsSimilarTextsCloser() throws Exception {
        awaitStarted();
        writeRunConfig(RUN_CONFIG);
        Inference inference = awaitService(Inference.class);
        String model = inference.models().get(0).id();

        Embeddings embeddings = inference.embed(
                model, List.of("The cat sits on the mat.", "A cat is sitting on a mat.", "Stock prices fell sharply."));

        assertThat(embeddings.dimension()).isEqualTo(384);
        assertThat(cosine(embeddings.vector(0), embeddings.vector(1)))
                .isGreaterThan(cosine(embeddings.vector(0), embeddings.vector(2)));
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return dot / Math.sqrt(normA * normB);
    }
}

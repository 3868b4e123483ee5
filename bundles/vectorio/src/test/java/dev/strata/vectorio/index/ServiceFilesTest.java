package dev.strata.vectorio.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.junit.jupiter.api.Test;

/**
 * The service list that both Lucene jars ship under one name is merged by hand in
 * src/main/services (the bundle can hold only one file of that name): it must list exactly what
 * the two jars list, or Lucene would miss factories inside the bundle.
 */
class ServiceFilesTest {

    private static final String MERGED = "org.apache.lucene.analysis.TokenizerFactory";

    @Test
    void theMergedListHoldsEveryEntryOfBothLuceneJars() throws IOException {
        Set<String> fromJars = new TreeSet<>();
        List<URL> lists = Collections.list(getClass().getClassLoader().getResources("META-INF/services/" + MERGED));
        for (URL list : lists) {
            if (list.getPath().contains("/lucene-")) {
                fromJars.addAll(entries(list));
            }
        }

        assertThat(lists.stream().filter(url -> url.getPath().contains("/lucene-")))
                .hasSize(2);
        assertThat(entries(Path.of("src", "main", "services", MERGED).toUri().toURL()))
                .containsExactlyInAnyOrderElementsOf(fromJars);
    }

    @Test
    void theStandardFormatsThisIndexNamesAreFoundByName() {
        assertThat(Codec.forName(new StoreCodec().getName()))
                .isInstanceOf(org.apache.lucene.codecs.lucene912.Lucene912Codec.class);
        assertThat(KnnVectorsFormat.forName(
                        new StoreCodec().getKnnVectorsFormatForField("vector").getName()))
                .isInstanceOf(org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat.class);
    }

    private static List<String> entries(URL list) throws IOException {
        try (InputStream in = list.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }
}

package dev.strata.benchmarks.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Short texts of 8 to 30 words, the same in every run, like chunks of a document. */
final class Texts {

    private static final String[] WORDS =
            ("the a job worker scheduler durable vector store file batch embeds text model"
                            + " runs fails retries after backoff queue each provider bundle restarts crash resumes checkpoint"
                            + " progress cancel search nearest cosine chunk document answer question index lucene")
                    .split(" ");

    private Texts() {}

    static List<String> of(int count) {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int words = 8 + random.nextInt(23);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            texts.add(text.append('.').toString());
        }
        return texts;
    }
}

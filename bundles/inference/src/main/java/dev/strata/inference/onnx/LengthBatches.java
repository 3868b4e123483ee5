package dev.strata.inference.onnx;

import dev.strata.inference.tokenizer.EncodedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Groups texts into batches of similar length. Every text of a batch is padded to the batch's
 * longest, so grouping texts by length (as sentence-transformers does) keeps the padding, and
 * the model's wasted work, small.
 */
final class LengthBatches {

    private LengthBatches() {}

    /**
     * @param texts the tokenized texts
     * @param size the most texts per batch, 1 or more
     * @return batches of indexes into {@code texts}, together covering each index once
     */
    static List<int[]> of(List<EncodedText> texts, int size) {
        int[] byLength = IntStream.range(0, texts.size())
                .boxed()
                .sorted(Comparator.comparingInt(i -> texts.get(i).ids().length))
                .mapToInt(Integer::intValue)
                .toArray();
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < byLength.length; from += size) {
            batches.add(Arrays.copyOfRange(byLength, from, Math.min(from + size, byLength.length)));
        }
        return batches;
    }
}

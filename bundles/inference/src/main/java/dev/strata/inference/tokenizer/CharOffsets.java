package dev.strata.inference.tokenizer;

import dev.strata.api.inference.TokenSpan;

/**
 * Turns the offsets the Rust tokenizers report, counted in Unicode code points, into the {@code
 * char} (UTF-16) offsets of a Java string: they differ after every character outside the Basic
 * Multilingual Plane, such as an emoji.
 */
final class CharOffsets {

    private final String text;

    private int codePoint; // the code point offset that char offset `index` stands at

    private int index;

    CharOffsets(String text) {
        this.text = text;
    }

    /**
     * @param start the token's first code point
     * @param end the code point just after it
     * @return the span in {@code char} offsets; cheapest when spans come in order
     */
    TokenSpan span(int start, int end) {
        int from = charOffset(start);
        return new TokenSpan(from, charOffset(end));
    }

    private int charOffset(int target) {
        if (target < codePoint) {
            codePoint = 0;
            index = 0;
        }
        index = text.offsetByCodePoints(index, target - codePoint);
        codePoint = target;
        return index;
    }
}

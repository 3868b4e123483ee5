package dev.strata.vectorio.chunk;

import dev.strata.api.inference.TokenSpan;
import dev.strata.api.inference.TokenWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** Cuts a tokenized text into overlapping windows of tokens. Stateless. */
public final class Chunker {

    private Chunker() {}

    /**
     * Splits a text into chunks of at most {@code size.maxTokens()} tokens. The first window
     * starts at the first token, each next one {@link ChunkSize#strideTokens()} tokens after the
     * one before, and the last window is the first that reaches the last token, so every token
     * lies in a chunk and consecutive chunks share exactly {@code size.overlapTokens()} tokens
     * (the last one may share more if it is short). A chunk's text runs from its first token's
     * start to its last token's end, keeping whatever lies between tokens.
     *
     * @param text the source text, not {@code null}
     * @param tokens the text's tokens in order, as {@code Inference#tokenize} returns them, not
     *     {@code null}; each within the text, no one starting before the one ahead of it
     * @param size the chunk sizes, not {@code null}
     * @return the chunks in text order, positions from 0; empty when there are no tokens
     * @throws IllegalArgumentException if an argument is {@code null}, or a token lies outside
     *     the text or out of order; the message names the token
     */
    public static List<TextChunk> split(String text, List<TokenSpan> tokens, ChunkSize size) {
        return split(text, tokens, size, null);
    }

    /**
     * Splits a text as {@link #split(String, List, ChunkSize)} does, but asks how many tokens
     * the model reads from each window's text and drops tokens from its end until the model reads
     * it whole. A subword tokenizer cuts a chunk's text differently than the whole text where the
     * chunk starts inside a word, so a window of {@code maxTokens} tokens of the whole text can
     * be a few tokens more on its own. The next window then starts {@code overlapTokens} before
     * the end of the shortened one, so every token still lies in a chunk.
     *
     * @param tokenCountOrNull how many tokens the model reads from a window of {@code tokens},
     *     as {@link dev.strata.api.inference.TokenizedText#tokenCount} answers; {@code null}
     *     trusts the windows as they are
     */
    public static List<TextChunk> split(
            String text, List<TokenSpan> tokens, ChunkSize size, ToIntFunction<TokenWindow> tokenCountOrNull) {
        if (text == null || tokens == null || size == null) {
            throw new IllegalArgumentException("text, tokens and size are " + describe(text, tokens, size)
                    + "; pass all three, an empty list for a text without tokens");
        }
        checkTokens(text, tokens);

        List<TextChunk> chunks = new ArrayList<>();
        int first = 0;
        while (first < tokens.size()) {
            int last = Math.min(first + size.maxTokens(), tokens.size()) - 1;
            while (tokenCountOrNull != null
                    && last > first
                    && tokenCountOrNull.applyAsInt(new TokenWindow(first, last)) > size.maxTokens()) {
                last--;
            }
            chunks.add(chunk(text, tokens, chunks.size(), first, last));
            if (last == tokens.size() - 1) {
                break;
            }
            first = Math.max(first + 1, last + 1 - size.overlapTokens());
        }
        return chunks;
    }

    private static TextChunk chunk(String text, List<TokenSpan> tokens, int position, int first, int last) {
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        return new TextChunk(position, start, end, first, last - first + 1, text.substring(start, end));
    }

    private static void checkTokens(String text, List<TokenSpan> tokens) {
        int previousStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
            TokenSpan token = tokens.get(i);
            if (token == null) {
                throw new IllegalArgumentException("token " + i + " is null; pass the spans the tokenizer returned");
            }
            if (token.end() > text.length()) {
                throw new IllegalArgumentException("token " + i + " spans [" + token.start() + ", " + token.end()
                        + ") but the text has " + text.length() + " characters; tokenize this very text");
            }
            if (token.start() < previousStart) {
                throw new IllegalArgumentException("token " + i + " starts at " + token.start()
                        + ", before the token ahead of it at " + previousStart + "; pass the tokens in text order");
            }
            previousStart = token.start();
        }
    }

    private static String describe(String text, List<TokenSpan> tokens, ChunkSize size) {
        return (text == null ? "null" : "set") + ", " + (tokens == null ? "null" : "set") + " and "
                + (size == null ? "null" : "set");
    }
}

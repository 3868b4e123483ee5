package dev.strata.inference.tokenizer;

/**
 * One text as a model reads it.
 *
 * @param ids the token ids, with the special tokens the model adds; owned by the caller
 * @param ownTokens how many of them are the text's own tokens, special tokens left out
 */
public record EncodedText(long[] ids, int ownTokens) {}

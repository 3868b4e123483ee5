/**
 * HuggingFace tokenizers through DJL, loaded from this bundle and kept off the network. Private
 * to this bundle.
 */
package dev.strata.inference.tokenizer;

/**
 * The Lucene index of one vector store, free of OSGi: chunks with their vectors (HNSW, cosine),
 * their text (BM25, English stemming) and their file's attributes (for filters), written durably
 * with group commits, and searched by vector, keyword or both. {@link
 * dev.strata.vectorio.index.StoreIndex} is the entry point. Private to this bundle.
 */
package dev.strata.vectorio.index;

/**
 * The records of a vector store provider in its {@link dev.strata.api.kvstore.KVStore}: stores,
 * the files attached to them and file batches, as JSON, with the indexes that list stores and
 * files by creation time. Free of OSGi and private to this bundle.
 */
package dev.strata.vectorio.catalog;

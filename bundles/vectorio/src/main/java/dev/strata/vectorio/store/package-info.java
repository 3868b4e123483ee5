/**
 * The vector IO service free of OSGi: stores, files and batches over a catalog in a KV store
 * and a Lucene index per store; ingestion of one file; the attempts of file batch jobs.
 * Private to this bundle.
 */
package dev.strata.vectorio.store;

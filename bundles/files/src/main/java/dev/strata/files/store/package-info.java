/**
 * The Files API on local disk, free of OSGi: blobs in a folder, named by file id; metadata and
 * the listing indexes in a {@link dev.strata.api.kvstore.KVStore}; expiry and the removal of
 * what a crash left behind. Private to this bundle.
 */
package dev.strata.files.store;

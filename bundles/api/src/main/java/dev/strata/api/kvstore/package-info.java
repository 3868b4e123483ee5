/**
 * Key-value storage: the durable, transactional map other providers keep their state in (job
 * records, file metadata, vector store records).
 *
 * <p>A {@link dev.strata.api.kvstore.KVStore} is registered once per configured namespace;
 * keys in one namespace never see keys in another.
 */
@Export
@Version("1.0.0")
package dev.strata.api.kvstore;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

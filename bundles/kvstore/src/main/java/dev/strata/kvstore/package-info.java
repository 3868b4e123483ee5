/**
 * The KV store component: one {@link dev.strata.api.kvstore.KVStore} service per factory
 * configuration. Private to this bundle; other bundles use the API package.
 */
package dev.strata.kvstore;

/**
 * The vector IO components: one {@link dev.strata.api.vectorio.VectorIO} service per factory
 * configuration of the {@code inline::lucene} provider type, and the executor of file batch
 * jobs. Private to this bundle; other bundles use the API package.
 */
package dev.strata.vectorio;

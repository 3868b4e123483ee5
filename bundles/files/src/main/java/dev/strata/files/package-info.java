/**
 * The files components: one {@link dev.strata.api.files.Files} service per factory
 * configuration, and the bundle's {@link dev.strata.api.files.TextExtraction} service. Private
 * to this bundle; other bundles use the API package.
 */
package dev.strata.files;

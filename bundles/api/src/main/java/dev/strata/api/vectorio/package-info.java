/**
 * Vector stores, as OpenAI's vector store API has them: stores, the files attached to them,
 * file batches ingested as jobs, and search over their chunks with attribute filters.
 */
@Export
@Version("1.2.0")
package dev.strata.api.vectorio;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

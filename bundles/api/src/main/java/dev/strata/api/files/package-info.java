/**
 * Files: uploaded content with OpenAI's file metadata ({@code /v1/files}), which other areas,
 * such as vector stores, read by id; and the text extraction that ingestion reads documents
 * with.
 */
@Export
@Version("1.1.0")
package dev.strata.api.files;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

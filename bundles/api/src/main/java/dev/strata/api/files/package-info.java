/**
 * Files: uploaded content with OpenAI's file metadata ({@code /v1/files}), which other areas,
 * such as vector stores, read by id.
 */
@Export
@Version("1.0.0")
package dev.strata.api.files;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

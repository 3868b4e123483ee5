/**
 * Types every Strata area shares: the service properties each provider registers, the
 * OpenAI list shape for paged results, wire names of enums, and the JSON value rules of
 * payloads.
 */
@Export
@Version("1.0.0")
package dev.strata.api.common;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

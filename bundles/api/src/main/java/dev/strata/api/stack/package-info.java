/**
 * What the running stack reports about itself: Strata's bundles, their Declarative Services
 * components, what each waiting component still needs, and whether the stack is ready.
 */
@Version("1.0.0")
@Export
package dev.strata.api.stack;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

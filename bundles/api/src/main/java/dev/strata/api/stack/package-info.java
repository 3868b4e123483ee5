/**
 * What the running stack reports about itself: Strata's bundles, their Declarative Services
 * components, what each waiting component still needs, and whether the stack is ready; and how a
 * provider bundle checks its settings before the stack applies a run config ({@link
 * dev.strata.api.stack.SettingsCheck}).
 */
@Version("1.1.0")
@Export
package dev.strata.api.stack;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

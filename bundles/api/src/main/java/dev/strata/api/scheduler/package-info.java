/**
 * The durable job scheduler: scheduling, watching, cancelling and retrying jobs, and the
 * whiteboard of {@link dev.strata.api.scheduler.JobExecutor}s that run them.
 *
 * <p>A job is durable from the moment {@link dev.strata.api.scheduler.JobScheduler#schedule}
 * returns, survives crashes and restarts, and runs at least once. Its state changes are
 * published on EventAdmin under the topics of {@link dev.strata.api.scheduler.JobEvents}.
 */
@Export
@Version("1.1.0")
package dev.strata.api.scheduler;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

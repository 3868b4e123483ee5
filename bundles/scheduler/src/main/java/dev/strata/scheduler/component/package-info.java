/**
 * The OSGi side of the inline scheduler: the components that wrap the plain-Java engine, one
 * set per factory configuration of {@value dev.strata.scheduler.component.SchedulerCore#PID}.
 *
 * <p>Two phases (ARCHITECTURE.md §3). {@link dev.strata.scheduler.component.SchedulerCore}
 * loads the engine once its KV store is bound, follows the {@code JobExecutor} whiteboard and
 * registers an OSGi Condition once every required executor is present. {@link
 * dev.strata.scheduler.component.JobSchedulerComponent} has a mandatory reference to that
 * Condition, so the public {@code JobScheduler} service appears, and the engine starts, only
 * then. {@link dev.strata.scheduler.component.SchedulerTargets} gives
 * each configuration the target filters that tie its components together.
 *
 * <p>Not exported: other bundles use {@link dev.strata.api.scheduler.JobScheduler}.
 */
package dev.strata.scheduler.component;

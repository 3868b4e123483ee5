/**
 * The scheduler engine in plain Java: durable jobs over a KV store, executors, retries,
 * timeouts, recovery and graceful shutdown, with no OSGi types, so it is tested with an
 * injected clock and timer and wrapped by the bundle's OSGi component.
 *
 * <p>Not exported: the public types here are public for the bundle's own component package,
 * not for other bundles, which use {@link dev.strata.api.scheduler.JobScheduler}.
 */
package dev.strata.scheduler.engine;

/**
 * The KV store on JDBC, free of OSGi: settings, the Derby and PostgreSQL dialects, pooled
 * connections, transactions and error messages. Private to this bundle.
 */
package dev.strata.kvstore.jdbc;

/** What every context stands on: JAX-RS and JSON set-up, error mapping, data source and schema migration, clock, shared SQL helpers. Owns rate_limit (counters shared by the nodes of a cluster), no business table. */
package dev.regulars.server.platform;

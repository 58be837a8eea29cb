/**
 * The owner's and the marketer's numbers. Owns the daily roll-ups (analytics_store_day, analytics_cashier_day,
 * analytics_customer and its months, the cohort cells, first visits by day; V37), kept up to date from the sales
 * context's outbox (sale_outbox) by a job every few seconds ({@link dev.regulars.server.analytics.RollupRound}) and
 * rebuilt whole by {@link dev.regulars.server.analytics.RollupRebuild}; the figure pages read only those, never the
 * raw sales. Also today at a glance on the admin's home page ({@link dev.regulars.server.analytics.Today}).
 * Definitions: docs/ANALYTICS.md.
 */
package dev.regulars.server.analytics;

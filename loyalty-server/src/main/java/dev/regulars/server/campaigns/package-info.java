/**
 * Campaigns: birthday, win-back, low-rating follow-up and broadcast, made and scheduled by marketers in the admin's
 * editor (segments with a live audience, templates per language, preview, test send); their occurrences (runs)
 * under a database lease, each customer decided once (treated, held out, capped, unreachable) and treated ones
 * queued in the outbox; each occurrence's outcome measured and kept for the pages (CampaignOutcomes). Owns campaign,
 * campaign_run, campaign_recipient, campaign_run_outcome.
 */
package dev.regulars.server.campaigns;

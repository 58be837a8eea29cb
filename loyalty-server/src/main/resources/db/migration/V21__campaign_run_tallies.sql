-- The Campaigns list shows how each latest occurrence decided its audience. Summing campaign_recipient per page
-- view read every decision of every occurrence (a million rows for a broadcast); each chunk now adds its tallies
-- to the run in the transaction that writes its decisions, so the list reads one row per campaign.
ALTER TABLE campaign_run
    ADD COLUMN treated     BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN held_out    BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN capped      BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN unreachable BIGINT NOT NULL DEFAULT 0;

UPDATE campaign_run r
SET treated     = (SELECT COUNT(*) FROM campaign_recipient x WHERE x.run_id = r.id AND x.decision = 'T'),
    held_out    = (SELECT COUNT(*) FROM campaign_recipient x WHERE x.run_id = r.id AND x.decision = 'H'),
    capped      = (SELECT COUNT(*) FROM campaign_recipient x WHERE x.run_id = r.id AND x.decision = 'C'),
    unreachable = (SELECT COUNT(*) FROM campaign_recipient x WHERE x.run_id = r.id AND x.decision = 'N');

-- The list pages newest first, by keyset on (created_at, id).
CREATE INDEX ix_campaign_list ON campaign (business_id, created_at, id);

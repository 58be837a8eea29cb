-- What the treated and held-out customers of a campaign occurrence did in the window days after it started (the
-- numbers loyalty-core's Uplift.Group holds), as CampaignOutcomes last measured it, so the pages read a row instead
-- of joining the recipients with their sales. measured_at NULL: noted, not measured yet. is_final: measured once the
-- window had closed; measured again only when a rebuild asks (RebuildFigures sets it back to FALSE).
CREATE TABLE campaign_run_outcome (
    run_id                BIGINT NOT NULL,
    days                  INT NOT NULL,
    treated_customers     BIGINT NOT NULL DEFAULT 0,
    treated_returned      BIGINT NOT NULL DEFAULT 0,
    treated_visits        BIGINT NOT NULL DEFAULT 0,
    treated_visits_sq     DOUBLE NOT NULL DEFAULT 0,
    treated_revenue_minor BIGINT NOT NULL DEFAULT 0,
    treated_revenue_sq    DOUBLE NOT NULL DEFAULT 0,
    held_customers        BIGINT NOT NULL DEFAULT 0,
    held_returned         BIGINT NOT NULL DEFAULT 0,
    held_visits           BIGINT NOT NULL DEFAULT 0,
    held_visits_sq        DOUBLE NOT NULL DEFAULT 0,
    held_revenue_minor    BIGINT NOT NULL DEFAULT 0,
    held_revenue_sq       DOUBLE NOT NULL DEFAULT 0,
    measured_at           DATETIME(6) NULL,
    is_final              BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (run_id, days),
    KEY ix_outcome_open (days, is_final)
) ENGINE = InnoDB;

-- The job notes new occurrences by their start, not by reading every run there ever was.
CREATE INDEX ix_campaign_run_started ON campaign_run (started_at);

-- The occurrences there are already: measured by the job's first rounds (their windows closed: final at once).
INSERT INTO campaign_run_outcome (run_id, days) SELECT id, 30 FROM campaign_run;

-- Referral codes shared from the card page (its share or copy button), per store of the shared link and its local
-- day: the referral funnel's first step. Counts only: nothing about the card or who shared is kept.
CREATE TABLE card_share_day (
    store_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    day       DATE NOT NULL,
    shares    BIGINT NOT NULL,
    PRIMARY KEY (store_id, day)
) ENGINE = InnoDB;

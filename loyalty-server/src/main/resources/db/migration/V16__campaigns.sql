-- Campaigns a marketer sets up; each day (or once) they have an occurrence, a run over the audience of that moment.
CREATE TABLE campaign (
    id                   CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    business_id          CHAR(36) CHARACTER SET ascii NOT NULL,
    name                 VARCHAR(100) NOT NULL,
    kind                 VARCHAR(16) CHARACTER SET ascii NOT NULL,
    status               VARCHAR(12) CHARACTER SET ascii NOT NULL,
    days_before          INT NULL,
    lapsed_days          INT NULL,
    interval_factor_bp   INT NULL,
    bonus_points         BIGINT NOT NULL DEFAULT 0,
    bonus_valid_days     INT NOT NULL DEFAULT 0,
    send_at              TIME NOT NULL,
    once_on              DATE NULL,
    quiet_from           TIME NOT NULL,
    quiet_until          TIME NOT NULL,
    cap_messages         INT NOT NULL DEFAULT 0,
    cap_days             INT NOT NULL DEFAULT 0,
    channels             VARCHAR(32) CHARACTER SET ascii NOT NULL,
    holdout_bp           INT NOT NULL DEFAULT 0,
    templates_json       TEXT NOT NULL,
    created_at           DATETIME(6) NOT NULL,
    KEY ix_campaign_business (business_id, status),
    CONSTRAINT ck_campaign_kind CHECK (kind IN ('BIRTHDAY', 'WINBACK', 'LOW_RATING', 'BROADCAST')),
    CONSTRAINT ck_campaign_status CHECK (status IN ('DRAFT', 'ACTIVE', 'PAUSED', 'ENDED'))
) ENGINE = InnoDB;

-- One occurrence of a campaign (its local date). Only the node holding the lease runs it; a node that dies leaves
-- the lease to run out, and another resumes with the customers not decided yet.
CREATE TABLE campaign_run (
    id             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id    CHAR(36) CHARACTER SET ascii NOT NULL,
    occurrence_on  DATE NOT NULL,
    status         VARCHAR(12) CHARACTER SET ascii NOT NULL,
    lease_owner    VARCHAR(64) NULL,
    lease_until    DATETIME(6) NULL,
    started_at     DATETIME(6) NOT NULL,
    finished_at    DATETIME(6) NULL,
    UNIQUE KEY uk_campaign_occurrence (campaign_id, occurrence_on),
    CONSTRAINT ck_campaign_run_status CHECK (status IN ('RUNNING', 'DONE'))
) ENGINE = InnoDB;

-- What a run decided for each customer of its audience, once (the key): T treated (a message queued), H held out,
-- C over the frequency cap, N no channel they agreed to and can be reached on.
CREATE TABLE campaign_recipient (
    run_id       BIGINT NOT NULL,
    customer_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    decision     CHAR(1) CHARACTER SET ascii NOT NULL,
    channel      VARCHAR(8) CHARACTER SET ascii NULL,
    decided_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (run_id, customer_id),
    KEY ix_recipient_customer (customer_id, decision, decided_at),
    CONSTRAINT ck_recipient_decision CHECK (decision IN ('T', 'H', 'C', 'N'))
) ENGINE = InnoDB;

-- Birthday audiences by day and month, win-back audiences by last visit, without reading every customer.
CREATE INDEX ix_customer_birthday ON customer (business_id, birthday_month, birthday_day);
CREATE INDEX ix_customer_last_visit ON customer (business_id, last_visit_at);

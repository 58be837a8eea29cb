-- Messages to customers go through an outbox: whoever decides to send (a campaign run, a test send) writes a row
-- here; the dispatcher sends it. dedupe_key is unique, so a message is queued once (a campaign occurrence and a
-- customer make one key). A row claimed for sending is never sent again by another node: at most once.
CREATE TABLE outbox_message (
    id                 BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    business_id        CHAR(36) CHARACTER SET ascii NOT NULL,
    customer_id        CHAR(36) CHARACTER SET ascii NULL,
    channel            VARCHAR(8) CHARACTER SET ascii NOT NULL,
    recipient          VARCHAR(254) NOT NULL,
    language           CHAR(2) CHARACTER SET ascii NOT NULL,
    subject            VARCHAR(200) NULL,
    body               TEXT NOT NULL,
    dedupe_key         VARCHAR(120) CHARACTER SET ascii NOT NULL,
    unsubscribe_token  CHAR(32) CHARACTER SET ascii NOT NULL,
    status             VARCHAR(12) CHARACTER SET ascii NOT NULL,
    attempts           INT NOT NULL DEFAULT 0,
    next_attempt_at    DATETIME(6) NOT NULL,
    claimed_by         VARCHAR(64) NULL,
    claimed_until      DATETIME(6) NULL,
    last_error         VARCHAR(500) NULL,
    provider_id        VARCHAR(100) NULL,
    created_at         DATETIME(6) NOT NULL,
    sent_at            DATETIME(6) NULL,
    delivered_at       DATETIME(6) NULL,
    UNIQUE KEY uk_outbox_dedupe (dedupe_key),
    UNIQUE KEY uk_outbox_unsubscribe (unsubscribe_token),
    KEY ix_outbox_due (status, next_attempt_at),
    KEY ix_outbox_business (business_id, created_at),
    KEY ix_outbox_provider (channel, provider_id),
    CONSTRAINT ck_outbox_channel CHECK (channel IN ('EMAIL', 'SMS', 'PUSH')),
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'DEAD'))
) ENGINE = InnoDB;

-- A customer's e-mail address, for the e-mail channel (given on the card page or to a manager).
ALTER TABLE customer ADD COLUMN email VARCHAR(254) NULL;

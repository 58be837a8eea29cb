-- A customer rates a visit from the receipt's QR code (/r/{token}, the token is the sale's id). One rating per
-- receipt: the sale id is the key, so a rating may arrive before its sale (an offline till) and is attached when
-- the sale does (store, customer), or dropped after 14 days.
CREATE TABLE rating (
    sale_id              CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    stars                TINYINT NOT NULL,
    comment              VARCHAR(1000) NULL,
    language             CHAR(2) CHARACTER SET ascii NOT NULL,
    created_at           DATETIME(6) NOT NULL,
    updated_at           DATETIME(6) NOT NULL,
    business_id          CHAR(36) CHARACTER SET ascii NULL,
    store_id             CHAR(36) CHARACTER SET ascii NULL,
    customer_id          CHAR(36) CHARACTER SET ascii NULL,
    attached_at          DATETIME(6) NULL,
    callback_phone       VARCHAR(20) NULL,
    callback_consent_at  DATETIME(6) NULL,
    KEY ix_rating_unattached (attached_at, created_at),
    KEY ix_rating_store (store_id, created_at),
    CONSTRAINT ck_rating_stars CHECK (stars BETWEEN 1 AND 5)
) ENGINE = InnoDB;

-- A rating of 1 to 3 stars becomes a call-back task for the store's managers, due within the store's SLA.
CREATE TABLE callback_task (
    id               BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rating_sale_id   CHAR(36) CHARACTER SET ascii NOT NULL,
    business_id      CHAR(36) CHARACTER SET ascii NOT NULL,
    store_id         CHAR(36) CHARACTER SET ascii NOT NULL,
    customer_id      CHAR(36) CHARACTER SET ascii NULL,
    created_at       DATETIME(6) NOT NULL,
    due_at           DATETIME(6) NOT NULL,
    status           VARCHAR(16) CHARACTER SET ascii NOT NULL,
    taken_by         CHAR(36) CHARACTER SET ascii NULL,
    taken_at         DATETIME(6) NULL,
    outcome          VARCHAR(32) CHARACTER SET ascii NULL,
    note             VARCHAR(1000) NULL,
    goodwill_points  BIGINT NOT NULL DEFAULT 0,
    closed_by        CHAR(36) CHARACTER SET ascii NULL,
    closed_at        DATETIME(6) NULL,
    UNIQUE KEY uk_callback_rating (rating_sale_id),
    KEY ix_callback_queue (business_id, status, due_at),
    CONSTRAINT ck_callback_status CHECK (status IN ('OPEN', 'TAKEN', 'CLOSED', 'WITHDRAWN'))
) ENGINE = InnoDB;

-- How soon a low rating is called back, per store.
ALTER TABLE store ADD COLUMN callback_sla_hours INT NOT NULL DEFAULT 24;

-- Fixed-window counters shared by every node of a cluster (rating and enrollment pages are rate-limited).
CREATE TABLE rate_limit (
    bucket        VARCHAR(120) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    window_start  DATETIME(6) NOT NULL,
    hits          INT NOT NULL
) ENGINE = InnoDB;

-- Regulars foundation schema: businesses and their stores, paired terminals, customers, sales, the points ledger.
-- Ids made by the application are UUID strings (CHAR(36), ascii); money is BIGINT minor units; points are BIGINT.
-- Moments are DATETIME(6) in UTC (see platform/InstantConverter): no session time zone can shift them.

CREATE TABLE business (
    id              CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    phone_hmac_key  VARCHAR(64) CHARACTER SET ascii NOT NULL,
    created_at      DATETIME(6) NOT NULL
) ENGINE = InnoDB;

-- Every business has a counter of changes; a till's sync cursor is a value of it. Writers take the row lock and
-- hold it to commit, so values become visible in order and a cursor never skips a change.
CREATE TABLE change_sequence (
    business_id CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    last_value  BIGINT NOT NULL,
    CONSTRAINT fk_change_sequence_business FOREIGN KEY (business_id) REFERENCES business (id)
) ENGINE = InnoDB;

CREATE TABLE program_version (
    business_id          CHAR(36) CHARACTER SET ascii NOT NULL,
    version              INT NOT NULL,
    earn_bp              INT NOT NULL,
    max_redeem_share_bp  INT NOT NULL,
    point_value_minor    BIGINT NOT NULL,
    created_at           DATETIME(6) NOT NULL,
    change_seq           BIGINT NOT NULL,
    PRIMARY KEY (business_id, version),
    CONSTRAINT fk_program_business FOREIGN KEY (business_id) REFERENCES business (id),
    CONSTRAINT ck_program_rates CHECK (earn_bp BETWEEN 0 AND 10000 AND max_redeem_share_bp BETWEEN 0 AND 10000
        AND point_value_minor > 0)
) ENGINE = InnoDB;

CREATE TABLE store (
    id            CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    business_id   CHAR(36) CHARACTER SET ascii NOT NULL,
    name          VARCHAR(200) NOT NULL,
    currency      CHAR(3) CHARACTER SET ascii NOT NULL,
    phone_region  CHAR(2) CHARACTER SET ascii NOT NULL,
    zone_id       VARCHAR(64) CHARACTER SET ascii NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    CONSTRAINT fk_store_business FOREIGN KEY (business_id) REFERENCES business (id)
) ENGINE = InnoDB;

CREATE TABLE terminal (
    id          CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    store_id    CHAR(36) CHARACTER SET ascii NOT NULL,
    name        VARCHAR(100) NOT NULL,
    token_hash  CHAR(64) CHARACTER SET ascii NOT NULL,
    paired_at   DATETIME(6) NOT NULL,
    revoked_at  DATETIME(6) NULL,
    UNIQUE KEY uk_terminal_token (token_hash),
    CONSTRAINT fk_terminal_store FOREIGN KEY (store_id) REFERENCES store (id)
) ENGINE = InnoDB;

CREATE TABLE pairing_code (
    code_hash    CHAR(64) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    store_id     CHAR(36) CHARACTER SET ascii NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    used_at      DATETIME(6) NULL,
    terminal_id  CHAR(36) CHARACTER SET ascii NULL,
    CONSTRAINT fk_pairing_store FOREIGN KEY (store_id) REFERENCES store (id)
) ENGINE = InnoDB;

CREATE TABLE cashier (
    id          CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    store_id    CHAR(36) CHARACTER SET ascii NOT NULL,
    name        VARCHAR(100) NOT NULL,
    pin_hash    VARCHAR(200) CHARACTER SET ascii NOT NULL,
    change_seq  BIGINT NOT NULL,
    CONSTRAINT fk_cashier_store FOREIGN KEY (store_id) REFERENCES store (id)
) ENGINE = InnoDB;

CREATE TABLE product (
    business_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    sku          VARCHAR(64) NOT NULL,
    name         VARCHAR(200) NOT NULL,
    category     VARCHAR(100) NOT NULL,
    price_minor  BIGINT NOT NULL,
    change_seq   BIGINT NOT NULL,
    PRIMARY KEY (business_id, sku),
    CONSTRAINT fk_product_business FOREIGN KEY (business_id) REFERENCES business (id),
    CONSTRAINT ck_product_price CHECK (price_minor >= 0)
) ENGINE = InnoDB;

CREATE TABLE customer (
    id                 CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    business_id        CHAR(36) CHARACTER SET ascii NOT NULL,
    phone_e164         VARCHAR(16) CHARACTER SET ascii NOT NULL,
    phone_hmac         CHAR(43) CHARACTER SET ascii NOT NULL,
    first_name         VARCHAR(100) NULL,
    marketing_consent  BOOLEAN NOT NULL,
    consent_at         DATETIME(6) NULL,
    consent_source     VARCHAR(100) NULL,
    points_balance     BIGINT NOT NULL,
    visits             INT NOT NULL,
    total_spend_minor  BIGINT NOT NULL,
    first_visit_at     DATETIME(6) NULL,
    last_visit_at      DATETIME(6) NULL,
    enrolled_at        DATETIME(6) NOT NULL,
    change_seq         BIGINT NOT NULL,
    UNIQUE KEY uk_customer_phone (business_id, phone_e164),
    KEY ix_customer_changes (business_id, change_seq),
    CONSTRAINT fk_customer_business FOREIGN KEY (business_id) REFERENCES business (id)
) ENGINE = InnoDB;

CREATE TABLE sale (
    id                     CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    terminal_id            CHAR(36) CHARACTER SET ascii NOT NULL,
    store_id               CHAR(36) CHARACTER SET ascii NOT NULL,
    customer_id            CHAR(36) CHARACTER SET ascii NULL,
    rung_up_at             DATETIME(6) NOT NULL,
    received_at            DATETIME(6) NOT NULL,
    rules_version          INT NOT NULL,
    currency               CHAR(3) CHARACTER SET ascii NOT NULL,
    subtotal_minor         BIGINT NOT NULL,
    redeem_discount_minor  BIGINT NOT NULL,
    due_minor              BIGINT NOT NULL,
    points_redeemed        BIGINT NOT NULL,
    points_earned          BIGINT NOT NULL,
    balance_after          BIGINT NULL,
    till_due_minor         BIGINT NOT NULL,
    till_points_earned     BIGINT NOT NULL,
    figures_differ         BOOLEAN NOT NULL,
    overdraft              BOOLEAN NOT NULL,
    content_sha256         CHAR(64) CHARACTER SET ascii NOT NULL,
    KEY ix_sale_customer (customer_id),
    KEY ix_sale_store_time (store_id, rung_up_at),
    CONSTRAINT fk_sale_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id),
    CONSTRAINT fk_sale_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB;

CREATE TABLE sale_line (
    sale_id           CHAR(36) CHARACTER SET ascii NOT NULL,
    line_no           INT NOT NULL,
    sku               VARCHAR(64) NOT NULL,
    name              VARCHAR(200) NOT NULL,
    quantity          INT NOT NULL,
    unit_price_minor  BIGINT NOT NULL,
    PRIMARY KEY (sale_id, line_no),
    CONSTRAINT fk_line_sale FOREIGN KEY (sale_id) REFERENCES sale (id)
) ENGINE = InnoDB;

CREATE TABLE sale_payment (
    sale_id         CHAR(36) CHARACTER SET ascii NOT NULL,
    payment_no      INT NOT NULL,
    method          VARCHAR(16) CHARACTER SET ascii NOT NULL,
    amount_minor    BIGINT NOT NULL,
    tendered_minor  BIGINT NOT NULL,
    PRIMARY KEY (sale_id, payment_no),
    CONSTRAINT fk_payment_sale FOREIGN KEY (sale_id) REFERENCES sale (id)
) ENGINE = InnoDB;

-- Append-only: rows are inserted, never updated or deleted. customer.points_balance is their sum, kept in the
-- same transaction.
CREATE TABLE ledger_entry (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    entry_type   VARCHAR(32) CHARACTER SET ascii NOT NULL,
    points       BIGINT NOT NULL,
    sale_id      CHAR(36) CHARACTER SET ascii NULL,
    note         VARCHAR(500) NULL,
    created_at   DATETIME(6) NOT NULL,
    KEY ix_ledger_customer (customer_id, id),
    KEY ix_ledger_sale (sale_id),
    CONSTRAINT fk_ledger_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_ledger_sale FOREIGN KEY (sale_id) REFERENCES sale (id)
) ENGINE = InnoDB;

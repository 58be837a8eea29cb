-- Issue 10: a till's closed shifts with their Z reports as the till counted them (facts of the counter: kept as
-- they came, each shift id once), and who gave a refund back, how, and which manager allowed it.
CREATE TABLE till_shift (
    id                   CHAR(36) CHARACTER SET ascii NOT NULL,
    terminal_id          CHAR(36) CHARACTER SET ascii NOT NULL,
    store_id             CHAR(36) CHARACTER SET ascii NOT NULL,
    currency             CHAR(3) CHARACTER SET ascii NOT NULL,
    opened_at            DATETIME(6) NOT NULL,
    opened_by            CHAR(36) CHARACTER SET ascii NULL,
    closed_at            DATETIME(6) NOT NULL,
    closed_by            CHAR(36) CHARACTER SET ascii NULL,
    opening_cash_minor   BIGINT NOT NULL,
    counted_cash_minor   BIGINT NOT NULL,
    expected_cash_minor  BIGINT NOT NULL,
    takings_minor        BIGINT NOT NULL,
    sales_count          INT NOT NULL,
    report               TEXT NOT NULL,  -- the ShiftRecord as JSON, for the admin and the books
    content_sha256       CHAR(64) CHARACTER SET ascii NOT NULL,
    received_at          DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_till_shift_store (store_id, closed_at),
    CONSTRAINT fk_till_shift_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id)
) ENGINE = InnoDB;

ALTER TABLE refund
    ADD COLUMN paid_back_by VARCHAR(8) CHARACTER SET ascii NULL,
    ADD COLUMN cashier_id CHAR(36) CHARACTER SET ascii NULL,
    ADD COLUMN approved_by CHAR(36) CHARACTER SET ascii NULL;

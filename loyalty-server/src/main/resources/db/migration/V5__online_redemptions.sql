-- Points taken online before a sale completes. The REDEEM entry is posted when the points are taken, under the
-- sale's id; the sale, when it arrives, consumes the redemption instead of taking the points again.
CREATE TABLE redemption (
    sale_id      CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    business_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    customer_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    terminal_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    points       BIGINT NOT NULL,
    status       VARCHAR(16) CHARACTER SET ascii NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    decided_at   DATETIME(6) NULL,
    CONSTRAINT fk_redemption_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_redemption_status CHECK (status IN ('HELD', 'CONSUMED', 'RELEASED')),
    CONSTRAINT ck_redemption_points CHECK (points > 0)
) ENGINE = InnoDB;

ALTER TABLE ledger_entry MODIFY sale_id CHAR(36) CHARACTER SET ascii NULL;
ALTER TABLE ledger_entry DROP FOREIGN KEY fk_ledger_sale;

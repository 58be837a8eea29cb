-- How a refund's money went back, by method, when a till split it (a sale paid part cash, part card is paid back
-- the same way; issue 10). refund.paid_back_by keeps the method that took the most, for readers that know one;
-- refunds from older tills have no rows here and went back all by paid_back_by.
CREATE TABLE refund_payment (
    refund_id     CHAR(36) CHARACTER SET ascii NOT NULL,
    seq           INT NOT NULL,
    method        VARCHAR(8) CHARACTER SET ascii NOT NULL,
    amount_minor  BIGINT NOT NULL,
    PRIMARY KEY (refund_id, seq),
    CONSTRAINT fk_refund_payment_refund FOREIGN KEY (refund_id) REFERENCES refund (id)
) ENGINE = InnoDB;

-- Refunds of (parts of) sales. Like sales, each is applied once by the id the till made.
CREATE TABLE refund (
    id                        CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    sale_id                   CHAR(36) CHARACTER SET ascii NOT NULL,
    terminal_id               CHAR(36) CHARACTER SET ascii NOT NULL,
    refunded_at               DATETIME(6) NOT NULL,
    received_at               DATETIME(6) NOT NULL,
    refunded_subtotal_minor   BIGINT NOT NULL,
    money_back_minor          BIGINT NOT NULL,
    points_earned_taken_back  BIGINT NOT NULL,
    points_redeemed_returned  BIGINT NOT NULL,
    balance_after             BIGINT NULL,
    overdraft                 BOOLEAN NOT NULL,
    figures_differ            BOOLEAN NOT NULL,
    content_sha256            CHAR(64) CHARACTER SET ascii NOT NULL,
    KEY ix_refund_sale (sale_id),
    CONSTRAINT fk_refund_sale FOREIGN KEY (sale_id) REFERENCES sale (id),
    CONSTRAINT fk_refund_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id)
) ENGINE = InnoDB;

CREATE TABLE refund_line (
    refund_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    seq        INT NOT NULL,
    line_no    INT NOT NULL,
    quantity   INT NOT NULL,
    PRIMARY KEY (refund_id, seq),
    CONSTRAINT fk_refund_line_refund FOREIGN KEY (refund_id) REFERENCES refund (id)
) ENGINE = InnoDB;

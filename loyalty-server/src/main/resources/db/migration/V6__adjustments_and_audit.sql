-- Who changed points by hand, and every admin change that touches points, audited.
ALTER TABLE ledger_entry ADD COLUMN created_by CHAR(36) CHARACTER SET ascii NULL;

CREATE TABLE staff_audit (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    business_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    staff_id     CHAR(36) CHARACTER SET ascii NOT NULL,
    action       VARCHAR(40) CHARACTER SET ascii NOT NULL,
    subject      VARCHAR(64) NULL,
    details      VARCHAR(500) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    KEY ix_staff_audit_time (business_id, created_at)
) ENGINE = InnoDB;

-- Results of the check that every materialized balance equals the sum of its ledger entries.
CREATE TABLE ledger_check (
    id                 BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    business_id        CHAR(36) CHARACTER SET ascii NOT NULL,
    checked_at         DATETIME(6) NOT NULL,
    customers_checked  BIGINT NOT NULL,
    mismatches         BIGINT NOT NULL,
    KEY ix_ledger_check_time (business_id, checked_at)
) ENGINE = InnoDB;

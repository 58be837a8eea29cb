-- Loyalty engine: program rules become data (the JSON of loyalty-core's ProgramRules), customers get tiers and
-- referral codes, referrals and refused referral attempts are recorded.

ALTER TABLE program_version ADD COLUMN rules_json LONGTEXT NULL;
UPDATE program_version SET rules_json = JSON_OBJECT(
    'version', version,
    'tiers', JSON_ARRAY(JSON_OBJECT('name', 'Member', 'minSpendMinor', 0, 'earnRate', earn_bp)),
    'pointValueMinor', point_value_minor,
    'maxRedeemShare', max_redeem_share_bp,
    'minCheckToRedeemMinor', 0,
    'minBalanceToRedeem', 0,
    'welcomeBonusPoints', 0,
    'expiryMonths', 0,
    'referral', JSON_OBJECT(
        'friendDiscount', JSON_OBJECT('kind', 'FIXED', 'percent', 0, 'fixedMinor', 0, 'capMinor', 0),
        'inviterBonusPoints', 0, 'inviterBonusAfterDays', 0, 'maxPerInviterPerDay', 0,
        'maxPerInviterPerMonth', 0));
ALTER TABLE program_version DROP CONSTRAINT ck_program_rates;
ALTER TABLE program_version MODIFY rules_json LONGTEXT NOT NULL,
    DROP COLUMN earn_bp, DROP COLUMN max_redeem_share_bp, DROP COLUMN point_value_minor;

ALTER TABLE customer
    ADD COLUMN last_name VARCHAR(100) NULL AFTER first_name,
    ADD COLUMN birthday DATE NULL AFTER last_name,
    ADD COLUMN tier VARCHAR(50) NULL,
    ADD COLUMN referral_code CHAR(6) CHARACTER SET ascii NULL,
    ADD COLUMN invited_by CHAR(36) CHARACTER SET ascii NULL,
    ADD COLUMN referral_discount_due BOOLEAN NOT NULL DEFAULT FALSE,
    ADD UNIQUE KEY uk_customer_referral_code (business_id, referral_code);

ALTER TABLE sale
    ADD COLUMN referral_discount_minor BIGINT NOT NULL DEFAULT 0 AFTER subtotal_minor,
    ADD KEY ix_sale_customer_time (customer_id, rung_up_at);

-- A friend brought by an inviter. The inviter's bonus is granted once the friend's first purchase is older than
-- the program's window and not refunded; a refund inside the window cancels it.
CREATE TABLE referral (
    id             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    business_id    CHAR(36) CHARACTER SET ascii NOT NULL,
    inviter_id     CHAR(36) CHARACTER SET ascii NOT NULL,
    friend_id      CHAR(36) CHARACTER SET ascii NOT NULL,
    first_sale_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    bonus_points   BIGINT NOT NULL,
    bonus_due_at   DATETIME(6) NOT NULL,
    status         VARCHAR(16) CHARACTER SET ascii NOT NULL,
    decided_at     DATETIME(6) NULL,
    UNIQUE KEY uk_referral_friend (friend_id),
    KEY ix_referral_inviter (inviter_id, created_at),
    KEY ix_referral_due (status, bonus_due_at),
    CONSTRAINT fk_referral_inviter FOREIGN KEY (inviter_id) REFERENCES customer (id),
    CONSTRAINT fk_referral_friend FOREIGN KEY (friend_id) REFERENCES customer (id),
    CONSTRAINT ck_referral_status CHECK (status IN ('PENDING', 'GRANTED', 'CANCELLED'))
) ENGINE = InnoDB;

CREATE TABLE referral_attempt (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    business_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    code         VARCHAR(16) NOT NULL,
    customer_id  CHAR(36) CHARACTER SET ascii NULL,
    sale_id      CHAR(36) CHARACTER SET ascii NULL,
    reason       VARCHAR(200) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    KEY ix_referral_attempt_time (business_id, created_at)
) ENGINE = InnoDB;

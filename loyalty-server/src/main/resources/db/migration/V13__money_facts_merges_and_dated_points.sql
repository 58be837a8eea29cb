-- Points count from when they were earned at the till, not when the server received them: effective_at is the
-- moment an entry counts from (a sale's rung-up time, clamped to its arrival); created_at stays the moment it was
-- written. valid_until is a lot's own validity (a birthday bonus), shorter than the program's months.
ALTER TABLE ledger_entry
    ADD COLUMN effective_at DATETIME(6) NULL AFTER created_at,
    ADD COLUMN valid_until DATETIME(6) NULL AFTER effective_at;
UPDATE ledger_entry SET effective_at = created_at;
ALTER TABLE ledger_entry MODIFY effective_at DATETIME(6) NOT NULL;

-- What the server saw differently from the till on a sale (a refused referral discount, another tier, ...), in
-- words for a manager; the money stays as the till charged it.
ALTER TABLE sale ADD COLUMN discrepancy VARCHAR(1000) NULL;

-- Everything that names a merged record leads to the record it was merged into, and a survivor's spend includes
-- its merged records' sales: both look up records by merged_into.
CREATE INDEX ix_customer_merged_into ON customer (merged_into);

-- Refused friend's codes count towards the inviter's daily and monthly caps, like accepted ones.
ALTER TABLE referral_attempt ADD COLUMN inviter_id CHAR(36) CHARACTER SET ascii NULL AFTER customer_id;
CREATE INDEX ix_referral_attempt_inviter ON referral_attempt (inviter_id, created_at);

-- Card numbers are compared without the printed "RC" in front (CardNumbers): a card linked with it through the API
-- before now is stored as the till reads it. A number already linked without it keeps that link.
UPDATE IGNORE customer_card SET card_number = SUBSTRING(card_number, 3) WHERE card_number LIKE 'RC%';

-- Issue 10: the people of the tills, managed in the admin (tillstaff). A till manager's PIN approves what a cashier
-- may not do alone (a discount above the till's limit, a refund, leaving the kiosk); a deactivated person is kept
-- (sales, refunds and shifts name them) but sent to the tills as inactive, which forget them. Who changed a person
-- last and when, for the admin's list; the staff audit keeps every change.
--
-- A PIN is unique among the ACTIVE people of one store (two people with one PIN would log in as each other). No
-- index can say so: the PIN is kept only as a PBKDF2 hash with a random salt. tillstaff.TillStaff checks it by
-- matching the PIN against the store's active people, under the store's row lock.
ALTER TABLE cashier
    ADD COLUMN manager     BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN active      BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN created_at  DATETIME(6) NULL,
    ADD COLUMN changed_at  DATETIME(6) NULL,
    ADD COLUMN changed_by  CHAR(36) CHARACTER SET ascii NULL,
    ADD KEY ix_cashier_store_seq (store_id, change_seq);

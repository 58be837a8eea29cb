-- Issue 10: who rang a sale up, as the till says (the cashier logged in with a PIN), for the shift's Z report and
-- the owner's per-cashier figures. No foreign key: a sale stands even if the cashier was removed since, and the
-- column is added in place (ALGORITHM=INSTANT) on a big sale table. Older sales: unknown (NULL).
ALTER TABLE sale ADD COLUMN cashier_id CHAR(36) CHARACTER SET ascii NULL;

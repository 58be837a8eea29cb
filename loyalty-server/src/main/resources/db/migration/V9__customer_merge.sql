-- A customer record merged into another (same person, two phones): it keeps its ledger entries and its sales;
-- a MERGE entry moves its balance, and its phone and cards lead to the surviving record from then on.
ALTER TABLE customer ADD COLUMN merged_into CHAR(36) CHARACTER SET ascii NULL;

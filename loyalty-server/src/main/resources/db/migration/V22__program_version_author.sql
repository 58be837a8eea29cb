-- The owner edits the program in the admin: each version records who made it (null: the demo or a migration).
ALTER TABLE program_version ADD COLUMN created_by CHAR(36) CHARACTER SET ascii NULL;

-- Issue 10: a Z report carries the till journal's chain head with its own link in it (hash, links, last receipt
-- number). The server keeps it as an anchor: a till journal that no longer holds this hash was cut or rewritten
-- (the till's --verify-journal --expect-head=HASH). Null for Z reports of tills older than the head.
ALTER TABLE till_shift
    ADD COLUMN chain_hash   CHAR(64) CHARACTER SET ascii NULL,
    ADD COLUMN chain_links  BIGINT NULL,
    ADD COLUMN last_receipt BIGINT NULL;

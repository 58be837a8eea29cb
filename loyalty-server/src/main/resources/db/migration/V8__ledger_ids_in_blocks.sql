-- Ledger entry ids are handed out by EclipseLink's table generator in blocks of 1000 (see LedgerEntry), so entries
-- can be inserted in JDBC batches. AUTO_INCREMENT stays for SQL that inserts entries itself, which must then move
-- next_value past the ids it used.
CREATE TABLE id_generator (
    name        VARCHAR(64) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    next_value  BIGINT NOT NULL
) ENGINE = InnoDB;

INSERT INTO id_generator (name, next_value) SELECT 'ledger_entry', COALESCE(MAX(id), 0) + 1 FROM ledger_entry;

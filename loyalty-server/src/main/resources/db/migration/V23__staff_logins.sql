-- A member of staff who logs in to the admin gets a random token in a cookie; its hash is kept here. Every node
-- of the server checks it against this table on each request, so a login works on any node, a logout ends it on
-- all of them, and deactivating an account or changing its role takes effect at the next click.
CREATE TABLE staff_login (
    token_hash    CHAR(64) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    staff_id      CHAR(36) CHARACTER SET ascii NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    last_seen_at  DATETIME(6) NOT NULL,
    expires_at    DATETIME(6) NOT NULL,
    KEY ix_login_staff (staff_id),
    KEY ix_login_expiry (expires_at),
    CONSTRAINT fk_login_staff FOREIGN KEY (staff_id) REFERENCES staff_user (id)
) ENGINE = InnoDB;

-- The owner invites staff by e-mail; the invited person sets their own password from the link (valid 72 h, once).
-- A deactivated member of staff can no longer log in; their audit trail stays.
ALTER TABLE staff_user
    ADD COLUMN deactivated_at DATETIME(6) NULL,
    ADD COLUMN password_set_at DATETIME(6) NULL;
UPDATE staff_user SET password_set_at = created_at;

CREATE TABLE staff_invitation (
    token_hash  CHAR(64) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    staff_id    CHAR(36) CHARACTER SET ascii NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    KEY ix_invitation_staff (staff_id),
    CONSTRAINT fk_invitation_staff FOREIGN KEY (staff_id) REFERENCES staff_user (id)
) ENGINE = InnoDB;

-- Staff who log in to the web admin, and who issued a pairing code or revoked a till.

CREATE TABLE staff_user (
    id             CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    business_id    CHAR(36) CHARACTER SET ascii NOT NULL,
    email          VARCHAR(254) NOT NULL,
    name           VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(255) CHARACTER SET ascii NOT NULL,
    role           VARCHAR(16) CHARACTER SET ascii NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    UNIQUE KEY uk_staff_email (email),
    CONSTRAINT fk_staff_business FOREIGN KEY (business_id) REFERENCES business (id),
    CONSTRAINT ck_staff_role CHECK (role IN ('OWNER', 'MANAGER', 'MARKETER'))
) ENGINE = InnoDB;

ALTER TABLE pairing_code ADD COLUMN issued_by CHAR(36) CHARACTER SET ascii NULL,
    ADD COLUMN issued_at DATETIME(6) NULL;
ALTER TABLE terminal ADD COLUMN revoked_by CHAR(36) CHARACTER SET ascii NULL;

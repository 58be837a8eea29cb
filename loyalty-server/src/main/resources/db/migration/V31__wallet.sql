-- Issue 11, server half of Wallet: the customer's card as an Apple Wallet pass and a Google Wallet object.

-- One pass per customer; its serial number is the customer's phone card number (the number in its QR code), and
-- the Google object's suffix. The authentication token Wallet sends back (Authorization: ApplePass <token>) is
-- HMAC-SHA256(regulars.wallet.token-key, serial), so it can be put into every new version of the pass; only its
-- SHA-256 is stored, to check a request without the key. points, tier and news are what the pass shows now;
-- update_tag grows with every change (microseconds since the epoch, or one more than the last), the tag of
-- "passesUpdatedSince"; updated_at is the Last-Modified of the pass.
CREATE TABLE wallet_pass (
    serial_number      VARCHAR(32) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    business_id        CHAR(36) CHARACTER SET ascii NOT NULL,
    customer_id        CHAR(36) CHARACTER SET ascii NOT NULL,
    auth_token_sha256  CHAR(64) CHARACTER SET ascii NOT NULL,
    points             BIGINT NOT NULL,
    tier               VARCHAR(60) NOT NULL,
    news               VARCHAR(500) NULL,
    update_tag         BIGINT NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    created_at         DATETIME(6) NOT NULL,
    UNIQUE KEY uq_wallet_pass_customer (customer_id),
    CONSTRAINT fk_wallet_pass_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB;

-- A device that asked to hear of a pass's changes (PassKit web service, "Register a Pass for Update
-- Notifications"): its library id, the APNs push token it gave, and the pass.
CREATE TABLE wallet_registration (
    device_library_id  VARCHAR(64) CHARACTER SET ascii NOT NULL,
    serial_number      VARCHAR(32) CHARACTER SET ascii NOT NULL,
    push_token         VARCHAR(200) CHARACTER SET ascii NOT NULL,
    created_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (device_library_id, serial_number),
    KEY ix_wallet_registration_serial (serial_number),
    CONSTRAINT fk_wallet_registration_pass FOREIGN KEY (serial_number) REFERENCES wallet_pass (serial_number)
        ON DELETE CASCADE
) ENGINE = InnoDB;

-- Pushes to make, one per change and device, written in the transaction that records the change. PENDING until
-- sent; SENDING while a node has claimed it (claimed_until); a claim that runs out is dropped, not sent again, so
-- a device hears of a change at most once.
CREATE TABLE wallet_push (
    id                 BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    device_library_id  VARCHAR(64) CHARACTER SET ascii NOT NULL,
    serial_number      VARCHAR(32) CHARACTER SET ascii NOT NULL,
    push_token         VARCHAR(200) CHARACTER SET ascii NOT NULL,
    status             VARCHAR(8) CHARACTER SET ascii NOT NULL,
    attempts           INT NOT NULL DEFAULT 0,
    next_attempt_at    DATETIME(6) NOT NULL,
    claimed_by         CHAR(36) CHARACTER SET ascii NULL,
    claimed_until      DATETIME(6) NULL,
    last_error         VARCHAR(300) NULL,
    KEY ix_wallet_push_due (status, next_attempt_at),
    KEY ix_wallet_push_claim (claimed_by)
) ENGINE = InnoDB;

-- Google objects whose balance changed: one row a pass, the latest balance wins. The node holding the
-- "wallet-google" lease takes them into its BalanceUpdateCoalescer.
CREATE TABLE wallet_google_update (
    serial_number      VARCHAR(32) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    points             BIGINT NOT NULL,
    attempts           INT NOT NULL DEFAULT 0,
    next_attempt_at    DATETIME(6) NOT NULL
) ENGINE = InnoDB;

-- How far the Wallet job has read the customers' change numbers (change_sequence) of a business.
CREATE TABLE wallet_cursor (
    business_id        CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    last_seq           BIGINT NOT NULL
) ENGINE = InnoDB;

-- Which node runs a job that must run on one node only (the Google coalescer keeps its quota in memory).
CREATE TABLE wallet_lease (
    name               VARCHAR(40) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    holder             VARCHAR(64) NOT NULL,
    until_at           DATETIME(6) NOT NULL
) ENGINE = InnoDB;

-- Join rewards once per phone: when a customer has their data deleted, a keyed hash of each of their phones is kept
-- per business (legitimate interest: deleting and re-joining must not farm the welcome bonus and referral rewards
-- every cycle; see docs/PRIVACY.md). HMAC-SHA256 of "business id:E.164" under a server secret: the phone cannot be
-- read back from it without the key, and the tills never get the key (unlike the business's phone_hmac key).
CREATE TABLE erased_phone (
    business_id CHAR(36) CHARACTER SET ascii NOT NULL,
    phone_hash  CHAR(64) CHARACTER SET ascii NOT NULL,
    erased_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (business_id, phone_hash)
);

-- Server secrets made at the first use when no setting gives them (regulars.erased-phones.key).
CREATE TABLE server_secret (
    name  VARCHAR(40) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    value VARCHAR(100) CHARACTER SET ascii NOT NULL
);

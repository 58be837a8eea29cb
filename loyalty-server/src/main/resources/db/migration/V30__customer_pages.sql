-- Issue 11: the customer's own pages, phone first and without passwords.

-- A one-time code sent by SMS to join or to get one's card back (/join/{store}). The browser holds a random handle
-- (256 bits); only its SHA-256 is stored, and the code only as SHA-256(handle ":" code), so the table alone lets
-- nobody try codes. Tries are counted and the code locks after a few; verified_at marks the phone as proven for
-- the next step, used_at that the proof was spent (a customer enrolled or a card link issued).
CREATE TABLE phone_code (
    handle_sha256  CHAR(64) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    business_id    CHAR(36) CHARACTER SET ascii NOT NULL,
    store_id       CHAR(36) CHARACTER SET ascii NOT NULL,
    phone_e164     VARCHAR(16) CHARACTER SET ascii NOT NULL,
    code_sha256    CHAR(64) CHARACTER SET ascii NOT NULL,
    referral_code  VARCHAR(16) NULL,
    created_at     DATETIME(6) NOT NULL,
    expires_at     DATETIME(6) NOT NULL,
    attempts       INT NOT NULL DEFAULT 0,
    verified_at    DATETIME(6) NULL,
    used_at        DATETIME(6) NULL,
    KEY ix_phone_code_phone (business_id, phone_e164, created_at),
    KEY ix_phone_code_age (created_at),
    CONSTRAINT fk_phone_code_store FOREIGN KEY (store_id) REFERENCES store (id)
) ENGINE = InnoDB;

-- The link to a customer's card page, /c/{token}: 128 random bits, stored as SHA-256. Re-issuing deletes the
-- customer's other links, so an old link stops working.
CREATE TABLE card_page_link (
    token_sha256  CHAR(64) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    business_id   CHAR(36) CHARACTER SET ascii NOT NULL,
    customer_id   CHAR(36) CHARACTER SET ascii NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    KEY ix_card_page_link_customer (customer_id),
    CONSTRAINT fk_card_page_link_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB;

-- "Delete my data": the record stays for the books (its sales and ledger entries name it) without anything that
-- identifies the person; erased_at says when. Erased records have no phone, so the phone may join again.
ALTER TABLE customer
    MODIFY phone_e164 VARCHAR(16) CHARACTER SET ascii NULL,
    MODIFY phone_hmac CHAR(43) CHARACTER SET ascii NULL,
    ADD COLUMN erased_at DATETIME(6) NULL;

-- A friend who joined on their phone has no first purchase yet: the inviter's bonus falls due only once it is made.
ALTER TABLE referral
    MODIFY first_sale_id CHAR(36) CHARACTER SET ascii NULL,
    MODIFY bonus_due_at DATETIME(6) NULL;

-- Cards that identify a customer (printed card numbers, NFC UIDs, the Wallet pass's number), each with the secret
-- of its rotating redeem code; and consents per channel, each with its time and source.
CREATE TABLE customer_card (
    business_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    card_number  VARCHAR(32) CHARACTER SET ascii NOT NULL,
    kind         VARCHAR(16) CHARACTER SET ascii NOT NULL,
    customer_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    code_secret  VARCHAR(64) CHARACTER SET ascii NOT NULL,
    linked_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (business_id, card_number),
    KEY ix_card_customer (customer_id),
    CONSTRAINT fk_card_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_card_kind CHECK (kind IN ('PRINTED', 'NFC', 'WALLET'))
) ENGINE = InnoDB;

CREATE TABLE customer_consent (
    customer_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    channel      VARCHAR(16) CHARACTER SET ascii NOT NULL,
    granted      BOOLEAN NOT NULL,
    changed_at   DATETIME(6) NOT NULL,
    source       VARCHAR(100) NOT NULL,
    PRIMARY KEY (customer_id, channel),
    CONSTRAINT fk_consent_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_consent_channel CHECK (channel IN ('SMS', 'EMAIL', 'PUSH'))
) ENGINE = InnoDB;

-- consent given at the till so far covered every channel
INSERT INTO customer_consent (customer_id, channel, granted, changed_at, source)
SELECT c.id, ch.channel, c.marketing_consent, COALESCE(c.consent_at, c.enrolled_at), COALESCE(c.consent_source, 'till')
FROM customer c CROSS JOIN (SELECT 'SMS' AS channel UNION ALL SELECT 'EMAIL' UNION ALL SELECT 'PUSH') ch;

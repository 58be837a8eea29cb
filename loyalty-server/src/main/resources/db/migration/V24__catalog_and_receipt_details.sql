-- The catalog as the web admin manages it and the tills pull it (issue 10): categories with colours and an order
-- in the till's grid; products with a VAT rate (prices include VAT), a barcode, a picture, an order and an active
-- flag; modifier groups (Size, Milk) that products share, with their options and price deltas. And what a store
-- prints on its receipts: address, VAT id, language, footer.

-- Every business gets a change counter (so every row below can take a number), and one number more for what this
-- migration changes: a till that synced before it pulls the categories and the new product fields at its next sync.
INSERT IGNORE INTO change_sequence (business_id, last_value) SELECT id, 0 FROM business;
UPDATE change_sequence SET last_value = last_value + 1;

CREATE TABLE catalog_category (
    id           CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    business_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    name         VARCHAR(40) NOT NULL,
    colour       CHAR(7) CHARACTER SET ascii NOT NULL,  -- #RRGGBB, upper case
    position     INT NOT NULL,                          -- order in the till's grid, lowest first
    active       BOOLEAN NOT NULL,
    change_seq   BIGINT NOT NULL,
    CONSTRAINT uq_category_name UNIQUE (business_id, name),
    KEY ix_category_changes (business_id, change_seq),
    CONSTRAINT fk_category_business FOREIGN KEY (business_id) REFERENCES business (id),
    CONSTRAINT ck_category_colour CHECK (colour REGEXP '^#[0-9A-F]{6}$')
) ENGINE = InnoDB;

-- the categories products named so far, in alphabetical order, in the catalog's brown
INSERT INTO catalog_category (id, business_id, name, colour, position, active, change_seq)
SELECT UUID(), c.business_id, c.category, '#8D6E63',
       ROW_NUMBER() OVER (PARTITION BY c.business_id ORDER BY c.category), TRUE, s.last_value
FROM (SELECT DISTINCT business_id, LEFT(category, 40) AS category FROM product) c
JOIN change_sequence s ON s.business_id = c.business_id;

-- A picture of a product, kept by its SHA-256: immutable, shared by the products that show it, fetched by tills
-- by that hash. PNG or JPEG, at most 256 KB (checked by its bytes when it is uploaded).
CREATE TABLE product_image (
    business_id   CHAR(36) CHARACTER SET ascii NOT NULL,
    sha256        CHAR(64) CHARACTER SET ascii NOT NULL,
    content_type  VARCHAR(20) CHARACTER SET ascii NOT NULL,
    bytes         MEDIUMBLOB NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (business_id, sha256),
    CONSTRAINT fk_product_image_business FOREIGN KEY (business_id) REFERENCES business (id),
    CONSTRAINT ck_product_image_type CHECK (content_type IN ('image/png', 'image/jpeg'))
) ENGINE = InnoDB;

ALTER TABLE product
    ADD COLUMN category_id  CHAR(36) CHARACTER SET ascii NULL AFTER name,
    ADD COLUMN vat_rate_bp  INT NOT NULL DEFAULT 0 AFTER price_minor,  -- 900 = 9 %, included in the price
    ADD COLUMN barcode      VARCHAR(64) CHARACTER SET ascii NULL AFTER vat_rate_bp,  -- core.catalog.Barcodes
    ADD COLUMN image_sha256 CHAR(64) CHARACTER SET ascii NULL AFTER barcode,
    ADD COLUMN position     INT NOT NULL DEFAULT 0 AFTER image_sha256,  -- order within the category
    ADD COLUMN active       BOOLEAN NOT NULL DEFAULT TRUE AFTER position;

UPDATE product p
JOIN catalog_category c ON c.business_id = p.business_id AND c.name = LEFT(p.category, 40)
JOIN (SELECT business_id, sku, ROW_NUMBER() OVER (PARTITION BY business_id, category ORDER BY name) AS n
      FROM product) o ON o.business_id = p.business_id AND o.sku = p.sku
SET p.category_id = c.id, p.position = o.n, p.change_seq = c.change_seq;

ALTER TABLE product
    MODIFY category_id CHAR(36) CHARACTER SET ascii NOT NULL,
    DROP COLUMN category,
    ADD CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES catalog_category (id),
    ADD CONSTRAINT uq_product_barcode UNIQUE (business_id, barcode),  -- NULLs (no barcode) do not collide
    ADD CONSTRAINT fk_product_image FOREIGN KEY (business_id, image_sha256)
        REFERENCES product_image (business_id, sha256),
    ADD CONSTRAINT ck_product_vat CHECK (vat_rate_bp BETWEEN 0 AND 10000),
    ADD KEY ix_product_changes (business_id, change_seq);

-- A question asked when a product is rung up (Size, Milk, Extras), shared by the products that have it: changing
-- oat milk's price once changes it for every coffee. Its options are rows of modifier_option, in order.
CREATE TABLE modifier_group (
    id           CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    business_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    name         VARCHAR(40) NOT NULL,
    required     BOOLEAN NOT NULL,  -- the cashier must choose
    multiple     BOOLEAN NOT NULL,  -- several options may be chosen (else one at most)
    position     INT NOT NULL,      -- order on a product, lowest first
    CONSTRAINT uq_modifier_group_name UNIQUE (business_id, name),
    CONSTRAINT fk_modifier_group_business FOREIGN KEY (business_id) REFERENCES business (id)
) ENGINE = InnoDB;

CREATE TABLE modifier_option (
    group_id           CHAR(36) CHARACTER SET ascii NOT NULL,
    position           INT NOT NULL,
    name               VARCHAR(40) NOT NULL,
    price_delta_minor  BIGINT NOT NULL,  -- VAT included; negative takes off ("no milk")
    PRIMARY KEY (group_id, position),
    CONSTRAINT fk_modifier_option_group FOREIGN KEY (group_id) REFERENCES modifier_group (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE product_modifier_group (
    business_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    sku          VARCHAR(64) NOT NULL,
    group_id     CHAR(36) CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (business_id, sku, group_id),
    KEY ix_product_modifier_group (group_id),
    CONSTRAINT fk_pmg_product FOREIGN KEY (business_id, sku) REFERENCES product (business_id, sku),
    CONSTRAINT fk_pmg_group FOREIGN KEY (group_id) REFERENCES modifier_group (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- What a store prints on its receipts. The language defaults to the one of the store's country (phone region NL:
-- Dutch; RU, BY, KZ: Russian; else English: stores.ReceiptLanguages says the same for new stores). A change to a
-- store takes a change number (change_seq), as catalog rows do.
ALTER TABLE store
    ADD COLUMN address           VARCHAR(300) NULL,  -- lines separated by \n
    ADD COLUMN vat_id            VARCHAR(30) NULL,
    ADD COLUMN receipt_language  CHAR(2) CHARACTER SET ascii NOT NULL DEFAULT 'en',
    ADD COLUMN receipt_footer    VARCHAR(300) NULL,
    ADD COLUMN change_seq        BIGINT NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_store_receipt_language CHECK (receipt_language IN ('en', 'ru', 'nl'));

UPDATE store s JOIN change_sequence c ON c.business_id = s.business_id
SET s.receipt_language = CASE WHEN s.phone_region = 'NL' THEN 'nl'
                              WHEN s.phone_region IN ('RU', 'BY', 'KZ') THEN 'ru' ELSE 'en' END,
    s.change_seq = c.last_value;

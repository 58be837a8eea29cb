-- The language a customer reads (en, ru, nl; null: the campaign's first), and the store of their latest visit
-- (the "store" of a segment: where the customer comes now), kept with the other visit statistics at each sale.
ALTER TABLE customer
    ADD COLUMN language CHAR(2) CHARACTER SET ascii NULL,
    ADD COLUMN last_store_id CHAR(36) CHARACTER SET ascii NULL;

UPDATE customer c
SET c.last_store_id = (SELECT s.store_id FROM sale s WHERE s.customer_id = c.id ORDER BY s.rung_up_at DESC LIMIT 1)
WHERE c.last_visit_at IS NOT NULL;

-- A campaign's segment (who of its kind's audience it is for, as JSON: Segment), and who changed it last.
ALTER TABLE campaign
    ADD COLUMN segment_json TEXT NULL,
    ADD COLUMN updated_at DATETIME(6) NULL,
    ADD COLUMN updated_by CHAR(36) CHARACTER SET ascii NULL;

-- The dashboard's "new customers today" and the rating segment, without reading every row. The customer index
-- replaces none: uk_customer_phone leads with the business too, but by phone.
CREATE INDEX ix_customer_enrolled ON customer (business_id, enrolled_at);
CREATE INDEX ix_rating_customer ON rating (customer_id, updated_at, stars);

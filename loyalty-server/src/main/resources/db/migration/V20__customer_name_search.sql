-- The admin finds customers by the start of their first name, a page at a time in name order.
CREATE INDEX ix_customer_name ON customer (business_id, first_name);

-- The admin finds customers by the start of their first name, a page at a time in name order.
CREATE INDEX ix_customer_name ON customer (business_id, first_name);

-- A low-rating follow-up looks every 15 s for ratings of the last day.
CREATE INDEX ix_rating_time ON rating (updated_at, stars);

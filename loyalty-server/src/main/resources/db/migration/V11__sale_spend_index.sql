-- Every synced sale reads its customer's twelve-month spend. With due_minor in the index that read never leaves
-- it; ix_sale_customer was a prefix of ix_sale_customer_time and only cost each insert one more index to maintain.
-- The new index also serves fk_sale_customer.
ALTER TABLE sale
    ADD KEY ix_sale_customer_spend (customer_id, rung_up_at, due_minor),
    DROP KEY ix_sale_customer,
    DROP KEY ix_sale_customer_time;

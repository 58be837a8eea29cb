-- Issue 10: a till's first fill reads every customer of its business in change-number order, 5,000 a page. With
-- the index on (business_id, change_seq) alone each row cost a random read of the clustered record (by id, a
-- UUID); this index holds every column the change feed sends (ChangeFeed.Listed), so a page is one range scan.
-- It replaces the old one: its first two columns are the same, and a customer's change already rewrote that
-- index's entry (a new change_seq), so a sale costs the same index write as before, a larger one.
ALTER TABLE customer
    DROP INDEX ix_customer_changes,
    ADD INDEX ix_customer_changes (business_id, change_seq, phone_hmac, first_name, points_balance, tier,
                                   referral_discount_due, merged_into, erased_at);

-- The hourly job looks for points held online for sales that never arrived; consumed holds pile up beside them.
CREATE INDEX ix_redemption_held ON redemption (business_id, status, created_at);

-- Issue 10: a sale line carries the modifiers chosen (their deltas per unit summed, the list as JSON for receipts
-- and reports), its VAT rate (prices include VAT) and the cashier's discount on it; a sale carries the cashier's
-- discount on the whole check. Older rows: no modifiers, 0 % VAT, no discounts, which is what those tills sold.
-- All columns have defaults and no CHECK is added (that would rebuild the table), so MariaDB adds them in place
-- (ALGORITHM=INSTANT) on a big sale table; SaleRecordCheck and loyalty-core keep the values in range.
ALTER TABLE sale_line
    ADD COLUMN modifiers_minor BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN modifiers TEXT NULL,
    ADD COLUMN vat_rate_bp INT NOT NULL DEFAULT 0,
    ADD COLUMN discount_minor BIGINT NOT NULL DEFAULT 0;

ALTER TABLE sale
    ADD COLUMN check_discount_minor BIGINT NOT NULL DEFAULT 0;

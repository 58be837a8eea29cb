-- Birthdays are asked as day and month only (the greeting needs no year, and less PII is kept).
ALTER TABLE customer DROP COLUMN birthday,
    ADD COLUMN birthday_month TINYINT NULL AFTER last_name,
    ADD COLUMN birthday_day TINYINT NULL AFTER birthday_month,
    ADD CONSTRAINT ck_customer_birthday CHECK ((birthday_month IS NULL AND birthday_day IS NULL)
        OR (birthday_month BETWEEN 1 AND 12 AND birthday_day BETWEEN 1 AND 31));

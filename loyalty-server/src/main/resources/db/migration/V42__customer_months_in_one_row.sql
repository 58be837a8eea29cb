-- A customer's months move into their analytics_customer row (analytics.CustomerMonths: "2026-03 2 400,..."):
-- only the customer's own round reads them back, and a rebuild of ten million sales spent most of its time
-- writing a row per customer and month.
ALTER TABLE analytics_customer ADD COLUMN months TEXT CHARACTER SET ascii NOT NULL DEFAULT '';

UPDATE analytics_customer c
JOIN (SELECT customer_id,
             GROUP_CONCAT(CONCAT(DATE_FORMAT(month, '%Y-%m'), ' ', sales, ' ', revenue_minor)
                          ORDER BY month SEPARATOR ',') AS months
      FROM analytics_customer_month GROUP BY customer_id) m ON m.customer_id = c.customer_id
SET c.months = m.months;

DROP TABLE analytics_customer_month;

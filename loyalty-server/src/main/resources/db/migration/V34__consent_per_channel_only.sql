-- Issue 11, consent: customer_consent (one answer per channel, with its time and source) is the one record of what a
-- customer agreed to. The older customer.marketing_consent (one answer for every channel, with consent_at and
-- consent_source) was still written at enrollment but read by nothing, and the card page's per-channel answers never
-- reached it, so the two could disagree. Any customer still without an answer for a channel gets the old column's
-- (records made before V7 have theirs already; a demo seed's regulars did not), then the old columns go.
INSERT IGNORE INTO customer_consent (customer_id, channel, granted, changed_at, source)
SELECT c.id, ch.channel, c.marketing_consent, COALESCE(c.consent_at, c.enrolled_at),
       COALESCE(c.consent_source, 'till')
FROM customer c
CROSS JOIN (SELECT 'SMS' AS channel UNION ALL SELECT 'EMAIL' UNION ALL SELECT 'PUSH') ch
WHERE c.erased_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM customer_consent x WHERE x.customer_id = c.id AND x.channel = ch.channel);

ALTER TABLE customer
    DROP COLUMN marketing_consent,
    DROP COLUMN consent_at,
    DROP COLUMN consent_source;

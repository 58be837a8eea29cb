-- Issue 12: the owner's numbers come from daily roll-ups kept up to date as sales arrive, never from scans of
-- raw sales on a page view. The roll-up tables belong to the analytics context; the sales context writes a row
-- into its outbox sale_outbox with each sale and refund it applies, which the roll-up job takes and deletes.

-- Business lines group the stores of one owner (a café and a bakery); a store without a line stands alone.
CREATE TABLE business_line (
    id           CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    business_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    name         VARCHAR(100) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    UNIQUE KEY uk_business_line_name (business_id, name),
    CONSTRAINT fk_business_line_business FOREIGN KEY (business_id) REFERENCES business (id)
) ENGINE = InnoDB;

ALTER TABLE store ADD COLUMN line_id CHAR(36) CHARACTER SET ascii NULL,
    ADD CONSTRAINT fk_store_line FOREIGN KEY (line_id) REFERENCES business_line (id);

-- Whether the sale's customer was enrolled at the till with this very sale: the enrollment rate per cashier.
ALTER TABLE sale ADD COLUMN enrolled_here BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE sale s JOIN ledger_entry l ON l.sale_id = s.id AND l.entry_type = 'WELCOME' SET s.enrolled_here = TRUE;

-- refunds by the day they were made, for the store's day; referrals by when they were made and decided
ALTER TABLE refund ADD KEY ix_refund_time (refunded_at);
ALTER TABLE referral ADD KEY ix_referral_made (business_id, created_at),
    ADD KEY ix_referral_decided (business_id, decided_at);

-- The sales context's outbox: one row per sale or refund applied (written in the ingest's own transaction),
-- taken and deleted by the roll-up job. No cursor: a row whose transaction commits late is simply there at a
-- later round. happened_at is when it happened at the till (UTC).
CREATE TABLE sale_outbox (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    business_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    store_id     CHAR(36) CHARACTER SET ascii NOT NULL,
    customer_id  CHAR(36) CHARACTER SET ascii NULL,
    happened_at  DATETIME(6) NOT NULL,
    KEY ix_sale_outbox_business (business_id, id)
) ENGINE = InnoDB;

-- One row per store and local day (the store's zone): the day's sales and refunds. Money in minor units of the
-- store's currency; revenue = what was paid (after discounts and points), refunds on the day they were made.
CREATE TABLE analytics_store_day (
    store_id                  CHAR(36) CHARACTER SET ascii NOT NULL,
    day                       DATE NOT NULL,
    sales                     INT NOT NULL,
    revenue_minor             BIGINT NOT NULL,
    identified_sales          INT NOT NULL,
    identified_revenue_minor  BIGINT NOT NULL,
    enrollments               INT NOT NULL,
    refunds                   INT NOT NULL,
    refunded_minor            BIGINT NOT NULL,
    points_earned             BIGINT NOT NULL,
    points_redeemed           BIGINT NOT NULL,
    PRIMARY KEY (store_id, day)
) ENGINE = InnoDB;

-- The same per cashier (who rang the sales up; '' when the till did not say).
CREATE TABLE analytics_cashier_day (
    store_id          CHAR(36) CHARACTER SET ascii NOT NULL,
    day               DATE NOT NULL,
    cashier_id        VARCHAR(36) CHARACTER SET ascii NOT NULL,
    sales             INT NOT NULL,
    identified_sales  INT NOT NULL,
    enrollments       INT NOT NULL,
    revenue_minor     BIGINT NOT NULL,
    PRIMARY KEY (store_id, day, cashier_id)
) ENGINE = InnoDB;

-- One row per customer with a purchase: the first visit (day and store, which set the cohort), the second
-- (the first purchase on a later day: repeat rate), visits, revenue.
CREATE TABLE analytics_customer (
    customer_id      CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    business_id      CHAR(36) CHARACTER SET ascii NOT NULL,
    first_store_id   CHAR(36) CHARACTER SET ascii NOT NULL,
    first_day        DATE NOT NULL,
    second_day       DATE NULL,
    last_day         DATE NOT NULL,
    visit_days       INT NOT NULL,
    sales            INT NOT NULL,
    revenue_minor    BIGINT NOT NULL,
    KEY ix_analytics_customer_cohort (business_id, first_store_id, first_day)
) ENGINE = InnoDB;

-- A customer's purchases per calendar month (of the store's zone): who was active when.
CREATE TABLE analytics_customer_month (
    customer_id    CHAR(36) CHARACTER SET ascii NOT NULL,
    month          DATE NOT NULL,
    sales          INT NOT NULL,
    revenue_minor  BIGINT NOT NULL,
    PRIMARY KEY (customer_id, month)
) ENGINE = InnoDB;

-- Cohorts: customers by month of first visit (and its store), how many were active in each month and what they
-- spent. Kept by deltas from analytics_customer_month as customers change.
CREATE TABLE analytics_cohort_cell (
    business_id     CHAR(36) CHARACTER SET ascii NOT NULL,
    first_store_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    cohort_month    DATE NOT NULL,
    month           DATE NOT NULL,
    customers       INT NOT NULL,
    revenue_minor   BIGINT NOT NULL,
    PRIMARY KEY (business_id, first_store_id, cohort_month, month)
) ENGINE = InnoDB;

-- New customers per day of first visit, how many of them came back within 30, 60 and 90 days, and what they did
-- since (their sales, revenue, visit days and the days from first to last visit, summed): what a customer is worth.
CREATE TABLE analytics_first_visit_day (
    business_id     CHAR(36) CHARACTER SET ascii NOT NULL,
    first_store_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    day             DATE NOT NULL,
    new_customers   INT NOT NULL,
    back_in_30      INT NOT NULL,
    back_in_60      INT NOT NULL,
    back_in_90      INT NOT NULL,
    sales           INT NOT NULL,
    revenue_minor   BIGINT NOT NULL,
    visit_days      INT NOT NULL,
    span_days       INT NOT NULL,
    PRIMARY KEY (business_id, first_store_id, day)
) ENGINE = InnoDB;

-- Per business: the roll-up job's lock (a round holds its row, so two nodes never fold the same outbox rows) and
-- how fresh the figures are.
CREATE TABLE analytics_state (
    business_id   CHAR(36) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    folded_at     DATETIME(6) NULL,
    rebuilt_at    DATETIME(6) NULL,
    CONSTRAINT fk_analytics_state_business FOREIGN KEY (business_id) REFERENCES business (id)
) ENGINE = InnoDB;

-- The points economy, measured nightly per business: points not yet spent (the liability) and the points written
-- off since the last measure. Balances are per customer, not per store, so the figure is the business's.
CREATE TABLE analytics_points_day (
    business_id         CHAR(36) CHARACTER SET ascii NOT NULL,
    day                 DATE NOT NULL,
    outstanding_points  BIGINT NOT NULL,
    expired_points      BIGINT NOT NULL,
    measured_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (business_id, day)
) ENGINE = InnoDB;

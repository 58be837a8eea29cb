-- Issue 12: RFM segments. A snapshot per business and month, taken by AnalyticsJobs (SegmentSnapshot): the running
-- month's is taken again each day, the month's last one soon after its end. Pages read only these tables.

-- Each customer's class (loyalty-core RfmClass, as the campaign criterion has it) and R, F, M scores (1-5; 0 without
-- a visit) at a month's snapshot, with what they are scored on (recency: whole days since the last visit, null
-- without a visit). Only the running month and the one before are kept: the moves need the end of last month.
-- store_id: the store of the latest visit ('' none), the filter's store.
CREATE TABLE analytics_customer_segment (
    business_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    month        DATE NOT NULL,
    customer_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    store_id     CHAR(36) CHARACTER SET ascii NOT NULL,
    segment      VARCHAR(16) CHARACTER SET ascii NOT NULL,
    recency      INT NULL,
    visits       INT NOT NULL,
    spend_minor  BIGINT NOT NULL,
    r            TINYINT NOT NULL,
    f            TINYINT NOT NULL,
    m            TINYINT NOT NULL,
    PRIMARY KEY (business_id, month, customer_id)
) ENGINE = InnoDB;

-- When a month's snapshot was taken (final once taken after the month's end).
CREATE TABLE analytics_segment_snapshot (
    business_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    month        DATE NOT NULL,
    taken_at     DATETIME(6) NOT NULL,
    final        BOOLEAN NOT NULL,
    PRIMARY KEY (business_id, month)
) ENGINE = InnoDB;

-- Segment sizes per month and store of the latest visit, with their visits and spend (money in minor units of the
-- business's currency): revenue per customer and average check.
CREATE TABLE analytics_segment_month (
    business_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    month        DATE NOT NULL,
    store_id     CHAR(36) CHARACTER SET ascii NOT NULL,
    segment      VARCHAR(16) CHARACTER SET ascii NOT NULL,
    customers    INT NOT NULL,
    visits       BIGINT NOT NULL,
    spend_minor  BIGINT NOT NULL,
    PRIMARY KEY (business_id, month, store_id, segment)
) ENGINE = InnoDB;

-- Moves from the end of the month before to this month's snapshot ('' as from: not a customer then; '' as to:
-- merged away since). store_id: the latest visit's store at this month's snapshot (else at the one before).
CREATE TABLE analytics_segment_move (
    business_id   CHAR(36) CHARACTER SET ascii NOT NULL,
    month         DATE NOT NULL,
    store_id      CHAR(36) CHARACTER SET ascii NOT NULL,
    from_segment  VARCHAR(16) CHARACTER SET ascii NOT NULL,
    to_segment    VARCHAR(16) CHARACTER SET ascii NOT NULL,
    customers     INT NOT NULL,
    PRIMARY KEY (business_id, month, store_id, from_segment, to_segment)
) ENGINE = InnoDB;

-- The R x F grid of a month's snapshot: customers per recency and frequency score, and their monetary scores summed.
CREATE TABLE analytics_rfm_cell (
    business_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    month        DATE NOT NULL,
    store_id     CHAR(36) CHARACTER SET ascii NOT NULL,
    r            TINYINT NOT NULL,
    f            TINYINT NOT NULL,
    customers    INT NOT NULL,
    m_sum        BIGINT NOT NULL,
    PRIMARY KEY (business_id, month, store_id, r, f)
) ENGINE = InnoDB;

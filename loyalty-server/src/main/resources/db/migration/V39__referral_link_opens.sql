-- Friends' links opened on the join page with a valid code, counted per store and the store's local day (the
-- referral funnel's first step). Counts only: no code, address or browser is kept.
CREATE TABLE referral_link_open_day (
    store_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    day       DATE NOT NULL,
    opens     BIGINT NOT NULL,
    PRIMARY KEY (store_id, day)
) ENGINE = InnoDB;

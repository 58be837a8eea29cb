-- Issue 12, staff roles per store: a member of staff other than the owner can be limited to some stores (a manager
-- of the bakery sees and manages only the bakery). No row for a member of staff: all the business's stores, as
-- before. Owned by the staff context; written only by the owner on the Staff page (StaffStores).
CREATE TABLE staff_user_store (
    staff_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    store_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (staff_id, store_id),
    KEY ix_staff_user_store_store (store_id),
    CONSTRAINT fk_staff_user_store_staff FOREIGN KEY (staff_id) REFERENCES staff_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_user_store_store FOREIGN KEY (store_id) REFERENCES store (id)
) ENGINE = InnoDB;

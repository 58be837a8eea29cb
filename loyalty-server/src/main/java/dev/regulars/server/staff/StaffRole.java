package dev.regulars.server.staff;

/** What a member of staff may do in the admin (DESIGN.md section 4). Cashiers have only a till PIN. */
public enum StaffRole {
    /** everything, including staff and program rules */
    OWNER,
    /** tills, callbacks, ledger adjustments with a reason */
    MANAGER,
    /** campaigns and reports */
    MARKETER
}

package dev.regulars.server.ledger;

/** Why points moved. The sign of an entry's points says which way. */
public enum LedgerEntryType {
    /** earned on the part of a sale paid with money */
    EARN,
    /** taken off a check */
    REDEEM,
    /** given once at enrollment */
    WELCOME,
    /** to an inviter, once the friend's first purchase stands */
    INVITER_BONUS,
    /** granted by a birthday campaign */
    BIRTHDAY,
    /** points that reached their expiry date */
    EXPIRY,
    /** a refund reversing what its sale earned and redeemed */
    REFUND,
    /** a balance moved from a merged customer record to the one that stays */
    MERGE,
    /** by a manager, with a reason */
    ADJUSTMENT
}

package dev.regulars.server.ledger;

/** Why points moved. The sign of an entry's points says which way. */
public enum LedgerEntryType {
    EARN, REDEEM, WELCOME, ADJUSTMENT
}

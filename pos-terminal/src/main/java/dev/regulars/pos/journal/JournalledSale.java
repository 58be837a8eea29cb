package dev.regulars.pos.journal;

import dev.regulars.core.sync.SaleRecord;

/**
 * A sale as the journal keeps it.
 *
 * @param number       the receipt number: the sale's place in this till's journal, from 1
 * @param receiptFacts what its receipt showed besides the sale record (JSON made by the receipt package); null for
 *                     sales from before receipts
 */
public record JournalledSale(long number, SaleRecord record, String receiptFacts) {
}

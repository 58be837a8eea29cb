package dev.regulars.pos.sale;

import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.pos.receipt.ReceiptFacts;

/**
 * A sale that is safely in the journal, with what the receipt shows.
 *
 * @param welcomeBonus points given for enrolling with this sale
 * @param balanceAfter  the customer's points after this sale as this till sees it; null for an anonymous sale
 * @param receiptNumber the sale's number in this till's journal (0: not journalled, in tests)
 * @param receiptFacts  what its receipt shows besides the record; null when not journalled
 */
public record CompletedSale(SaleRecord record, PricedCheck priced, long welcomeBonus, long tenderedMinor,
                            long changeMinor, String customerName, Long balanceAfter, long receiptNumber,
                            ReceiptFacts receiptFacts) {

    public CompletedSale(SaleRecord record, PricedCheck priced, long welcomeBonus, long tenderedMinor,
                         long changeMinor, String customerName, Long balanceAfter) {
        this(record, priced, welcomeBonus, tenderedMinor, changeMinor, customerName, balanceAfter, 0, null);
    }
}

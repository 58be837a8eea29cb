package dev.regulars.pos.sale;

import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.sync.SaleRecord;

/**
 * A sale that is safely in the journal, with what the receipt shows.
 *
 * @param welcomeBonus points given for enrolling with this sale
 * @param balanceAfter the customer's points after this sale as this till sees it; null for an anonymous sale
 */
public record CompletedSale(SaleRecord record, PricedCheck priced, long welcomeBonus, long tenderedMinor,
                            long changeMinor, String customerName, Long balanceAfter) {
}

package dev.regulars.server.sales;

import dev.regulars.server.customers.Customer;

/**
 * Who a synced sale is for, its row locked: for a sale naming a merged record, the record it was merged into.
 *
 * @param isNew           enrolled by this sale (its row goes through JPA, not the batch's bulk update)
 * @param note            what the cashier should know although the sale was accepted, or null
 * @param referralRefusal why a friend's code given with this sale was refused ("self-referral (card)"), or null
 */
record SaleCustomer(Customer customer, boolean isNew, String note, String referralRefusal) {

    /** A customer who was enrolled before this sale. */
    static SaleCustomer known(Customer customer) {
        return new SaleCustomer(customer, false, null, null);
    }
}

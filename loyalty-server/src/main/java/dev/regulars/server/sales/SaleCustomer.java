package dev.regulars.server.sales;

import dev.regulars.server.customers.Customer;

/**
 * Who a synced sale is for, its row locked.
 *
 * @param isNew enrolled by this sale (its row goes through JPA, not the batch's bulk update)
 * @param note  what the cashier should know although the sale was accepted, or null
 */
record SaleCustomer(Customer customer, boolean isNew, String note) {

    /** A customer who was enrolled before this sale. */
    static SaleCustomer known(Customer customer) {
        return new SaleCustomer(customer, false, null);
    }
}

package dev.regulars.pos.ui.sale;

import dev.regulars.core.money.Money;
import java.util.Currency;

/** The cash the customer handed over, as the cashier typed it: empty means exactly the amount due. */
final class CashTendered {

    private CashTendered() {
    }

    /** @throws IllegalArgumentException with a message for the cashier: not an amount, or less than is due */
    static long read(String typed, long dueMinor, Currency currency, SaleTexts texts) {
        String amount = typed == null ? "" : typed.strip();
        long tendered = amount.isEmpty() ? dueMinor : Money.parse(amount, currency).minor();
        if (tendered < dueMinor) {
            throw new IllegalArgumentException("Cash given " + texts.money(tendered) + " is less than the "
                    + texts.money(dueMinor) + " due");
        }
        return tendered;
    }
}

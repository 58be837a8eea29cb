package dev.regulars.pos.ui.sale;

import dev.regulars.pos.ui.TillTexts;
import dev.regulars.pos.ui.keypad.KeypadModel;
import dev.regulars.pos.ui.keypad.SharedKeypad;
import javafx.beans.property.StringProperty;

/**
 * The sale screen's one on-screen pad (issue 10: a touch till without a keyboard) and the numeric fields it types
 * into: the customer's phone, the amount tendered and the discount (one field for the line's and the check's).
 */
public final class SaleKeypads {

    private final SharedKeypad pad = new SharedKeypad();
    private final TillTexts words;
    private final CustomerModel customers;
    private final StringProperty tendered;
    private final StringProperty discount;

    SaleKeypads(TillTexts words, CustomerModel customers, StringProperty tendered, StringProperty discount) {
        this.words = words;
        this.customers = customers;
        this.tendered = tendered;
        this.discount = discount;
    }

    public SharedKeypad pad() {
        return pad;
    }

    /** The phone, formatted for the store's region as it is typed; Enter finds the customer. */
    public SharedKeypad.Field phone() {
        return new SharedKeypad.Field("phone", KeypadModel.phone(words.locale(), customers.phoneRegion()),
                customers.phoneInputProperty(), customers::find);
    }

    /** The amount tendered, in the currency's decimals; Enter is done typing (Cash or Card pays it). */
    public SharedKeypad.Field tendered() {
        return new SharedKeypad.Field("tendered", KeypadModel.amount(words.locale(), words.currency()), tendered,
                () -> { });
    }

    /** The discount, an amount or a percentage; Enter is done typing (Line or Check discount applies it). */
    public SharedKeypad.Field discount() {
        return new SharedKeypad.Field("discount-input", KeypadModel.discount(words.locale(), words.currency()),
                discount, () -> { });
    }
}

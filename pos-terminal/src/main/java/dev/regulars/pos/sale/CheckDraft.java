package dev.regulars.pos.sale;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.rules.Discount;
import java.util.List;

/**
 * A check as the cashier has it before payment.
 *
 * @param pointsWanted  points the customer wants to pay with (capped by the rules when priced)
 * @param checkDiscount the cashier's discount on the whole check ({@link Discount#NONE} for none)
 */
public record CheckDraft(List<CheckLine> lines, CustomerAtTill customer, long pointsWanted, Discount checkDiscount) {

    public CheckDraft {
        lines = List.copyOf(lines);
        checkDiscount = checkDiscount == null ? Discount.NONE : checkDiscount;
    }
}

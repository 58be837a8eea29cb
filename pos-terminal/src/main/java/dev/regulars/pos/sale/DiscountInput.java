package dev.regulars.pos.sale;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.words.KeyedRefusal;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * A discount as the cashier types it: "10%" (a percentage, up to two decimals) or "1.50" (an amount off), empty
 * for none. Numbers are read as amounts are ({@link AmountInput#plainDecimal}): "1e1%" or "１２%" is refused.
 */
public final class DiscountInput {

    private DiscountInput() {
    }

    /**
     * @throws KeyedRefusal ("discount.notUnderstood", "discount.tooMuch", "amount.grouped" for "1,000", "amount.decimals"
     *                      for "0.001") with words
     *                      for the cashier
     */
    public static Discount parse(String typed, Currency currency) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Discount.NONE;
        }
        if (text.endsWith("%")) {
            String number = text.substring(0, text.length() - 1).strip();
            BigDecimal percent = AmountInput.plainDecimal(number).orElseThrow(() -> notUnderstood(text));
            if (percent.stripTrailingZeros().scale() > 2) {
                throw notUnderstood(text);
            }
            if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new KeyedRefusal("A discount cannot be more than 100 %", "discount.tooMuch");
            }
            return Discount.percent(new BasisPoints(percent.movePointRight(2).intValueExact()), 0);
        }
        long amount;
        try {
            amount = AmountInput.parse(text, currency);
        } catch (KeyedRefusal e) {
            // "1,000" is refused as such: said as the discount's words it would hide why
            if ("amount.grouped".equals(e.key()) || "amount.decimals".equals(e.key())) {
                throw e;
            }
            throw notUnderstood(text);
        }
        return Discount.fixed(amount);
    }

    private static KeyedRefusal notUnderstood(String text) {
        return new KeyedRefusal("\"" + text + "\" is not a discount: type a percentage such as 10% or an amount"
                + " such as 1.50", "discount.notUnderstood", text);
    }
}

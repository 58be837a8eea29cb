package dev.regulars.core.sync;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.Modifier;
import dev.regulars.core.rules.Discount;
import java.util.List;

/**
 * A line of a sale as it travels from till to server: the product at its catalog price (minor units, VAT
 * included), the modifiers chosen, the line's VAT rate and the cashier's discount on it. Lines from tills that
 * predate modifiers carry none of the last three: no modifiers, 0 % VAT, no discount.
 */
public record SaleLineRecord(String sku, String name, int quantity, long unitPriceMinor, List<Modifier> modifiers,
                             BasisPoints vatRate, Discount discount) {

    public SaleLineRecord {
        modifiers = modifiers == null ? List.of() : modifiers;
    }

    public SaleLineRecord(String sku, String name, int quantity, long unitPriceMinor) {
        this(sku, name, quantity, unitPriceMinor, List.of(), null, null);
    }

    /** The line as it travels, from a priced check's line. */
    public static SaleLineRecord of(CheckLine line) {
        return new SaleLineRecord(line.sku(), line.name(), line.quantity(), line.unitPriceMinor(), line.modifiers(),
                line.vatRate(), line.discount().isNone() ? null : line.discount());
    }

    /**
     * The line for pricing, the same at till and server.
     *
     * @throws IllegalArgumentException when the line cannot be priced (see SaleRecordCheck for the words)
     */
    public CheckLine toCheckLine() {
        return new CheckLine(sku, name, quantity, unitPriceMinor, modifiers, vatRate, discount);
    }
}

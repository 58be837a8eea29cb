package dev.regulars.core.pricing;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.rules.Discount;
import java.util.List;

/**
 * One line of a check: a product at a unit price (minor units, VAT included), with the modifiers chosen for it, a
 * positive number of times, and the discount the cashier gave on the line (a percentage or an amount off the
 * whole line).
 *
 * @param vatRate the line's VAT rate; the price includes it (0 % when the catalog has none)
 */
public record CheckLine(String sku, String name, int quantity, long unitPriceMinor, List<Modifier> modifiers,
                        BasisPoints vatRate, Discount discount) {

    private static final BasisPoints NO_VAT = new BasisPoints(0);

    public CheckLine {
        if (sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("a line needs a product code");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity of " + sku + " must be positive, was " + quantity);
        }
        if (unitPriceMinor < 0) {
            throw new IllegalArgumentException("price of " + sku + " must not be negative");
        }
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        vatRate = vatRate == null ? NO_VAT : vatRate;
        discount = discount == null ? Discount.NONE : discount;
        long unit = unitPriceMinor;
        for (Modifier m : modifiers) {
            unit = Math.addExact(unit, m.priceDeltaMinor());
        }
        if (unit < 0) {
            throw new IllegalArgumentException("the modifiers of " + sku + " take its price below zero");
        }
    }

    /** A plain product: no modifiers, no VAT rate known, no discount. */
    public CheckLine(String sku, String name, int quantity, long unitPriceMinor) {
        this(sku, name, quantity, unitPriceMinor, List.of(), NO_VAT, Discount.NONE);
    }

    /** The unit price with the modifiers' deltas, in minor units. */
    public long unitTotalMinor() {
        long unit = unitPriceMinor;
        for (Modifier m : modifiers) {
            unit += m.priceDeltaMinor();
        }
        return unit;
    }

    /** Unit price with modifiers times quantity, before the line's discount. */
    public long grossMinor() {
        return Math.multiplyExact(unitTotalMinor(), (long) quantity);
    }

    /** What the line's discount takes off, never more than the line. */
    public long discountMinor() {
        return discount.of(grossMinor());
    }

    /** What the line costs after its own discount: the amount the check's subtotal adds up. */
    public long totalMinor() {
        return grossMinor() - discountMinor();
    }

    /** The same line with another quantity. */
    public CheckLine withQuantity(int newQuantity) {
        return new CheckLine(sku, name, newQuantity, unitPriceMinor, modifiers, vatRate, discount);
    }

    /** The same line with another discount ({@link Discount#NONE} to take it away). */
    public CheckLine withDiscount(Discount newDiscount) {
        return new CheckLine(sku, name, quantity, unitPriceMinor, modifiers, vatRate, newDiscount);
    }

    /** Same product, same modifiers, same price and discount: a second one raises the quantity. */
    public boolean sameItemAs(CheckLine other) {
        return sku.equals(other.sku) && unitPriceMinor == other.unitPriceMinor && modifiers.equals(other.modifiers)
                && vatRate.equals(other.vatRate) && discount.equals(other.discount);
    }
}

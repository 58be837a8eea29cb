package dev.regulars.core.pricing;

/** One line of a check: a product at a unit price, a positive number of times. */
public record CheckLine(String sku, String name, int quantity, long unitPriceMinor) {

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
    }

    public long totalMinor() {
        return Math.multiplyExact(unitPriceMinor, (long) quantity);
    }
}

package dev.regulars.core.sync;

/** A line of a sale as it travels from till to server. */
public record SaleLineRecord(String sku, String name, int quantity, long unitPriceMinor) {
}

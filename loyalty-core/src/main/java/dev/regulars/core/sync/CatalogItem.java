package dev.regulars.core.sync;

/** A product the till can ring up. */
public record CatalogItem(String sku, String name, String category, long priceMinor) {
}

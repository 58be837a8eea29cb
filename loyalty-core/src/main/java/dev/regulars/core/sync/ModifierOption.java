package dev.regulars.core.sync;

/**
 * One choice of a modifier group: "Oat milk", "Large".
 *
 * @param name            as the till's button and the receipt show it
 * @param priceDeltaMinor what choosing it adds to the item's price, in minor units of the store's currency
 *                        (VAT included, like the price); 0 for a free choice, negative for one that takes off
 *                        ("no milk")
 */
public record ModifierOption(String name, long priceDeltaMinor) {
}

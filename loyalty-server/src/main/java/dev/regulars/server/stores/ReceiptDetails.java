package dev.regulars.server.stores;

import java.io.Serializable;

/**
 * What a store's receipts print besides its name and the sale.
 *
 * @param address  postal address, lines separated by {@code \n} (at most 4 lines, 300 characters); or null
 * @param vatId    VAT identification number (NL123456789B01), at most 30 characters; or null
 * @param language {@code en}, {@code ru} or {@code nl} ({@link ReceiptLanguages})
 * @param footer   a line or two at the end of every receipt, at most 300 characters; or null
 */
public record ReceiptDetails(String address, String vatId, String language, String footer) implements Serializable {
}

package dev.regulars.pos.receipt;

import dev.regulars.core.sync.StoreDetails;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The store as its receipts show it, from the store's settings on the server.
 *
 * @param addressLines the address, one printed line each
 * @param vatId        the store's VAT number; null when it has none
 * @param language     the receipt's language: en, ru or nl (others print in English)
 * @param footer       a closing line of the store's own ("Thank you!"); null for none
 * @param zone         the store's time zone: receipts show the store's local time
 * @param publicUrl    where customers' pages live (no trailing slash), for the rating link; null: no rating QR
 * @param businessName the seller the store belongs to, printed above the store (a Dutch receipt names the seller:
 *                     Wet OB art. 35a); null when unknown, then the store's name stands alone
 */
public record ReceiptStore(String name, List<String> addressLines, String vatId, String language, String footer,
                           ZoneId zone, String publicUrl, String businessName) {

    /** A store whose business is not known (or is the store itself). */
    public ReceiptStore(String name, List<String> addressLines, String vatId, String language, String footer,
                        ZoneId zone, String publicUrl) {
        this(name, addressLines, vatId, language, footer, zone, publicUrl, null);
    }

    public ReceiptStore {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        if (publicUrl != null && publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
    }

    /** The store's receipt details as the server sent them (StoreDetails: the address's lines split at {@code \n}). */
    public static ReceiptStore of(StoreDetails details) {
        List<String> address = details.address() == null ? List.of()
                : details.address().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new ReceiptStore(details.storeName(), address, details.vatId(), details.receiptLanguage(),
                details.receiptFooter(), ZoneId.of(details.zoneId()), details.publicUrl(), details.businessName());
    }

    /** The business's name when it is not just the store's own name again; null otherwise. */
    public String sellerAbove() {
        return businessName == null || businessName.isBlank() || businessName.strip().equalsIgnoreCase(name.strip())
                ? null : businessName.strip();
    }

    public Locale locale() {
        return Locale.forLanguageTag(language == null ? "en" : language);
    }
}

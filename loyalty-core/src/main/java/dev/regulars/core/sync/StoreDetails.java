package dev.regulars.core.sync;

/**
 * What a till prints and shows about its store, as the admin set it (docs/API.md, "Pull changes").
 *
 * @param storeName       the store's name (it may be renamed in the admin)
 * @param businessName    the business the store belongs to
 * @param address         postal address for the receipt, lines separated by {@code \n}; or null
 * @param vatId           the VAT identification number for the receipt (NL123456789B01); or null
 * @param receiptLanguage the language receipts are printed in: {@code en}, {@code ru} or {@code nl}
 * @param zoneId          the store's IANA time zone (Europe/Amsterdam): receipt times are in it
 * @param currency        ISO 4217 code of every amount of the store
 * @param phoneRegion     ISO 3166 region that phone numbers typed at the till are read in
 * @param publicUrl       the base of links printed on receipts (the rating link {@code {publicUrl}/r/{token}}):
 *                        the server's setting {@code regulars.public-url}, without a trailing slash
 * @param receiptFooter   a line or two printed at the end of every receipt; or null
 * @param joinUrl         where a customer joins the program at this store from their own phone
 *                        ({@code {publicUrl}/join/{store}}), shown as a QR on the customer display; null from older
 *                        servers
 */
public record StoreDetails(String storeName, String businessName, String address, String vatId,
                           String receiptLanguage, String zoneId, String currency, String phoneRegion,
                           String publicUrl, String receiptFooter, String joinUrl) {

    /** Details without a join link (an older server). */
    public StoreDetails(String storeName, String businessName, String address, String vatId, String receiptLanguage,
                        String zoneId, String currency, String phoneRegion, String publicUrl, String receiptFooter) {
        this(storeName, businessName, address, vatId, receiptLanguage, zoneId, currency, phoneRegion, publicUrl,
                receiptFooter, null);
    }
}

package dev.regulars.core.sync;

import dev.regulars.core.money.BasisPoints;
import java.util.List;

/**
 * A product the till can ring up. Fields added after the first version of the protocol are boxed and may be
 * missing or null in what an older server sends; they are read as the defaults below.
 *
 * @param sku            the product's code, unique within the business; sales carry it
 * @param category       the name of its {@link CatalogCategory}
 * @param priceMinor     price in minor units of the store's currency, VAT included
 * @param vatRate        the VAT rate included in the price (900 = 9 %); missing: 0
 * @param barcode        the code a scanner reads (EAN-13, UPC-A, or any string), normalized by
 *                       {@link dev.regulars.core.catalog.Barcodes#normalize}; or null
 * @param imageSha256    SHA-256 (64 lower-case hex digits) of the product's picture, which the till fetches by it
 *                       ({@code GET /api/v1/sync/catalog-images/{sha256}}); or null for none
 * @param modifierGroups the questions asked when it is rung up (size, milk), in order; missing: none
 * @param active         false: the product was removed and the till drops it (sales of it still sync); missing: true
 * @param position       order within its category in the grid, lowest first; missing: 0
 */
public record CatalogItem(String sku, String name, String category, long priceMinor, BasisPoints vatRate,
                          String barcode, String imageSha256, List<ModifierGroup> modifierGroups, Boolean active,
                          Integer position) {

    private static final BasisPoints NO_VAT = BasisPoints.valueOf(0);

    public CatalogItem {
        vatRate = vatRate == null ? NO_VAT : vatRate;
        modifierGroups = modifierGroups == null ? List.of() : List.copyOf(modifierGroups);
        active = active == null || active;
        position = position == null ? 0 : position;
    }

    /** An active item without VAT, barcode, picture or modifiers (the first version's fields). */
    public CatalogItem(String sku, String name, String category, long priceMinor) {
        this(sku, name, category, priceMinor, NO_VAT, null, null, List.of(), true, 0);
    }

    /**
     * The unit price with these options chosen: the price plus their deltas, never below zero.
     *
     * @param chosen options of this item's groups
     */
    public long priceWith(List<ModifierOption> chosen) {
        long price = priceMinor;
        for (ModifierOption option : chosen) {
            price = Math.addExact(price, option.priceDeltaMinor());
        }
        return Math.max(0, price);
    }
}

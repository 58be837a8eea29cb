package dev.regulars.server.catalog;

import dev.regulars.core.money.BasisPoints;
import java.util.List;

/**
 * A product as the admin's form read it, before it is saved (Products checks it against the rest of the catalog).
 *
 * @param priceMinor  minor units of the business's currency, VAT included
 * @param barcode     normalized ({@code core.catalog.Barcodes}), or null
 * @param image       a new picture, checked; or null to keep the one it has (see {@code removeImage})
 * @param removeImage the product shows no picture any more
 * @param position    order within the category, or null for after the others
 * @param groupIds    the modifier groups it has (ids of the business's groups)
 */
public record ProductDraft(String name, String categoryId, long priceMinor, BasisPoints vatRate, String barcode,
                           ImageCheck.Checked image, boolean removeImage, Integer position, List<String> groupIds) {

    public ProductDraft {
        groupIds = List.copyOf(groupIds);
    }
}

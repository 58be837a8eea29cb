package dev.regulars.core.sync;

import java.util.List;
import java.util.UUID;

/**
 * What a till keeps about a customer: no phone number, only its keyed hash, and the first name.
 *
 * @param tier                the tier the customer earns in
 * @param referralDiscountDue the customer enrolled with a friend's code and has not made a paid purchase yet
 * @param cardNumbers         the customer's printed and NFC cards, so a scan identifies them offline too
 */
public record CustomerCacheRow(UUID customerId, String phoneHmac, String firstName, long pointsBalance, String tier,
                               boolean referralDiscountDue, List<String> cardNumbers) {

    public CustomerCacheRow {
        cardNumbers = cardNumbers == null ? List.of() : List.copyOf(cardNumbers);
    }
}

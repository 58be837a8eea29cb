package dev.regulars.core.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * What a till keeps about a customer: no phone number, only its keyed hash, and the first name.
 *
 * @param tier                the tier the customer earns in
 * @param referralDiscountDue the customer enrolled with a friend's code and has not made a paid purchase yet
 * @param cardNumbers         the customer's printed and NFC cards, so a scan identifies them offline too
 * @param erased              true when the customer had their data deleted: the till forgets every row and card of
 *                            {@code customerId} (phoneHmac and firstName are null then); null otherwise, and then
 *                            left out of the JSON, so a till older than erasure reads every other row as before
 */
public record CustomerCacheRow(UUID customerId, String phoneHmac, String firstName, long pointsBalance, String tier,
                               boolean referralDiscountDue, List<String> cardNumbers,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Boolean erased) {

    public CustomerCacheRow {
        cardNumbers = cardNumbers == null ? List.of() : List.copyOf(cardNumbers);
        erased = Boolean.TRUE.equals(erased) ? Boolean.TRUE : null;
    }

    /** A customer the till keeps. */
    public CustomerCacheRow(UUID customerId, String phoneHmac, String firstName, long pointsBalance, String tier,
                            boolean referralDiscountDue, List<String> cardNumbers) {
        this(customerId, phoneHmac, firstName, pointsBalance, tier, referralDiscountDue, cardNumbers, null);
    }

    /** The row that tells tills to forget an erased customer. */
    public static CustomerCacheRow erasedCustomer(UUID customerId) {
        return new CustomerCacheRow(customerId, null, null, 0, null, false, List.of(), Boolean.TRUE);
    }

    /** Whether the till must forget this customer (see {@code erased}). */
    public boolean forget() {
        return Boolean.TRUE.equals(erased);
    }
}

package dev.regulars.server.customers;

import java.util.List;

/**
 * A customer had their data deleted; fired inside the erasing transaction, so what other contexts remove of theirs
 * (outbox recipients, card page links, sign-in codes) goes with it or not at all.
 *
 * @param customerIds the record and the records merged into it
 * @param phonesE164  the phones those records had, before erasure
 */
public record CustomerErased(String businessId, List<String> customerIds, List<String> phonesE164) {

    public CustomerErased {
        customerIds = List.copyOf(customerIds);
        phonesE164 = List.copyOf(phonesE164);
    }
}

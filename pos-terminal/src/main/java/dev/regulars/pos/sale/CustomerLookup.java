package dev.regulars.pos.sale;

import dev.regulars.core.phone.PhoneHmac;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.core.sync.IdentifiedCustomer;
import dev.regulars.pos.journal.CachedCustomer;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.TillIdentity;
import java.util.Optional;

/** Finds a customer by the phone typed or the card scanned at the till, in the local cache: it works offline. */
public final class CustomerLookup {

    private final Journal journal;
    private final TillIdentity till;
    private final PhoneHmac hmac;

    public CustomerLookup(Journal journal, TillIdentity till) {
        this.journal = journal;
        this.till = till;
        this.hmac = PhoneHmac.fromBase64(till.phoneHashKey());
    }

    /** Reads the number in the store's region; throws InvalidPhoneNumberException with a message for the cashier. */
    /** The store's region (ISO 3166 "NL"): a phone without its country code is read in it. */
    public String phoneRegion() {
        return till.phoneRegion();
    }

    public PhoneNumber normalize(String typed) {
        return PhoneNumbers.normalize(typed, till.phoneRegion());
    }

    public String hashOf(PhoneNumber phone) {
        return hmac.of(phone);
    }

    public Optional<CachedCustomer> find(PhoneNumber phone) {
        return journal.customers().byPhoneHmac(hmac.of(phone));
    }

    /** @param cardNumber normalized */
    public Optional<CachedCustomer> findByCard(String cardNumber) {
        return journal.customers().byCard(cardNumber);
    }

    /** Caches a customer the server found by phone, and returns them as the cache now sees them. */
    public CachedCustomer remember(PhoneNumber phone, IdentifiedCustomer found) {
        journal.customers().cacheFound(hmac.of(phone), found);
        return find(phone).orElseThrow();
    }
}

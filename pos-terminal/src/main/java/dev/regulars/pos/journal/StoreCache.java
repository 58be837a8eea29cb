package dev.regulars.pos.journal;

import dev.regulars.core.sync.StoreDetails;
import java.util.Optional;

/** The store's details as the till keeps them (a setting), and what they change of its identity. */
final class StoreCache {

    private StoreCache() {
    }

    /**
     * The details pulled, or else those pairing gave: no address, VAT id or footer, receipts in English, and the
     * server the till syncs with as the base of receipt links.
     */
    static Optional<StoreDetails> details(Optional<StoreDetails> pulled, Optional<TillIdentity> identity) {
        return pulled.isPresent() ? pulled : identity.map(id -> new StoreDetails(id.storeName(), id.businessName(),
                null, null, "en", id.zoneId(), id.currency(), id.phoneRegion(), id.serverUrl().replaceAll("/+$", ""),
                null));
    }

    /** The identity with the store's and business's names and zone as the server now says, when they differ. */
    static Optional<TillIdentity> renamed(TillIdentity id, StoreDetails store) {
        if (id.storeName().equals(store.storeName()) && id.businessName().equals(store.businessName())
                && id.zoneId().equals(store.zoneId())) {
            return Optional.empty();
        }
        return Optional.of(new TillIdentity(id.serverUrl(), id.terminalId(), id.token(), store.businessName(),
                store.storeName(), id.currency(), id.phoneRegion(), store.zoneId(), id.phoneHashKey()));
    }
}

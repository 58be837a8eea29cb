package dev.regulars.pos.sale;

import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.sync.CardLink;
import dev.regulars.core.sync.IdentifiedCustomer;
import dev.regulars.pos.journal.CachedCustomer;
import java.time.MonthDay;
import java.util.UUID;

/** Who is paying, as far as the till knows: nobody, a known customer, or someone enrolling right now. */
public sealed interface CustomerAtTill {

    /** Points the customer can use now, as this till sees it. */
    long balance();

    /** Whether points may pay: the customer gave their phone or the rotating code, not only a static card. */
    default boolean mayRedeem() {
        return false;
    }

    /** The server's id of the customer, or null (anonymous, or enrolled here and not synced yet). */
    default UUID customerId() {
        return null;
    }

    /**
     * Found online by a scanned card number this till has not cached or the rotating code of the customer's card
     * page. Only the rotating code lets points pay ({@code identified.canRedeem()}).
     */
    record Scanned(IdentifiedCustomer identified) implements CustomerAtTill {

        @Override
        public long balance() {
            return identified.pointsBalance();
        }

        @Override
        public UUID customerId() {
            return identified.customerId();
        }

        @Override
        public boolean mayRedeem() {
            return identified.canRedeem();
        }
    }

    record Anonymous() implements CustomerAtTill {
        @Override
        public long balance() {
            return 0;
        }
    }

    /** Found in this till's cache by the phone the customer told the cashier: may redeem, offline too. */
    record Known(PhoneNumber phone, String phoneHmac, CachedCustomer cached) implements CustomerAtTill {
        @Override
        public long balance() {
            return cached.balance();
        }

        @Override
        public boolean mayRedeem() {
            return true;
        }

        @Override
        public UUID customerId() {
            return cached.customerId();
        }
    }

    /**
     * Found in this till's cache by a printed card or an NFC card: earns, offline too, but does not redeem (anyone
     * holding a copy of the card could).
     */
    record Carded(String cardNumber, CachedCustomer cached) implements CustomerAtTill {
        @Override
        public long balance() {
            return cached.balance();
        }

        @Override
        public UUID customerId() {
            return cached.customerId();
        }
    }

    /**
     * @param lastName     or null; sent to the server, not kept at the till
     * @param referralCode a friend's code, normalized, or null
     * @param birthday     day and month, or null
     * @param card         a card handed over or presented now, to link to the new customer; or null
     */
    record Enrolling(PhoneNumber phone, String phoneHmac, String firstName, String lastName, boolean marketingConsent,
                     String referralCode, MonthDay birthday, CardLink card) implements CustomerAtTill {

        public Enrolling(PhoneNumber phone, String phoneHmac, String firstName, boolean marketingConsent,
                         String referralCode) {
            this(phone, phoneHmac, firstName, null, marketingConsent, referralCode, null, null);
        }

        @Override
        public long balance() {
            return 0;
        }
    }
}

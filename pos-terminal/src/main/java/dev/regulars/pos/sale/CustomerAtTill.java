package dev.regulars.pos.sale;

import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.pos.journal.CachedCustomer;

/** Who is paying, as far as the till knows: nobody, a known customer, or someone enrolling right now. */
public sealed interface CustomerAtTill {

    /** Points the customer can use now, as this till sees it. */
    long balance();

    /**
     * Found online by a scanned card number or the rotating code of the customer's card page. Only the rotating
     * code lets points pay ({@code identified.canRedeem()}).
     */
    record Scanned(dev.regulars.core.sync.IdentifiedCustomer identified) implements CustomerAtTill {
        @Override
        public long balance() {
            return identified.pointsBalance();
        }
    }

    record Anonymous() implements CustomerAtTill {
        @Override
        public long balance() {
            return 0;
        }
    }

    record Known(PhoneNumber phone, String phoneHmac, CachedCustomer cached) implements CustomerAtTill {
        @Override
        public long balance() {
            return cached.balance();
        }
    }

    /**
     * @param referralCode a friend's code, normalized, or null
     * @param birthday     day and month, or null
     */
    record Enrolling(PhoneNumber phone, String phoneHmac, String firstName, boolean marketingConsent,
                     String referralCode, java.time.MonthDay birthday) implements CustomerAtTill {

        public Enrolling(PhoneNumber phone, String phoneHmac, String firstName, boolean marketingConsent,
                         String referralCode) {
            this(phone, phoneHmac, firstName, marketingConsent, referralCode, null);
        }
        @Override
        public long balance() {
            return 0;
        }
    }
}

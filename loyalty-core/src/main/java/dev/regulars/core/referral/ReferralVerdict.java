package dev.regulars.core.referral;

import dev.regulars.core.rules.ReferralRules;
import java.util.Optional;

/**
 * Whether a friend's code given at enrollment brings the friend's discount, and why not. The server decides with
 * everything it knows ({@code POST v1/referrals/check}, the same rules as at the sale's booking); a till that cannot
 * reach it decides by {@link #offline} with what it knows itself.
 */
public enum ReferralVerdict {
    ACCEPTED,
    /** The program has no referrals. */
    NO_REFERRALS,
    /** Not six characters of the code alphabet. */
    NOT_A_CODE,
    /** No customer of the business has this code. */
    UNKNOWN_CODE,
    /** The code is the new customer's own (same phone). */
    OWN_CODE,
    /** The person is a customer already: the friend's discount is for a first purchase. */
    NOT_FIRST_PURCHASE,
    /** The friend who gave the code brought as many friends as the program allows for now. */
    INVITER_AT_LIMIT;

    /**
     * The rules a till applies without the server: the program has referrals, the code can be one, and the person
     * is not a customer the till already knows (its cache). Whether the code is someone's, and whose, only the
     * server knows: offline a code that passes is taken, and the server books the sale by its own check.
     *
     * @param knownCustomer the till's cache has a customer with this phone
     * @return the refusal; empty when the code may stand
     */
    public static Optional<ReferralVerdict> offline(ReferralRules rules, String typedCode, boolean knownCustomer) {
        if (rules == null || !rules.isEnabled()) {
            return Optional.of(NO_REFERRALS);
        }
        if (ReferralCodes.normalize(typedCode).isEmpty()) {
            return Optional.of(NOT_A_CODE);
        }
        if (knownCustomer) {
            return Optional.of(NOT_FIRST_PURCHASE);
        }
        return Optional.empty();
    }

    /** What a till asks the server: the code typed and the phone of the person enrolling (E.164). */
    public record Request(String code, String phoneE164) {
    }

    /** The server's answer. */
    public record Answer(ReferralVerdict verdict) {
    }
}

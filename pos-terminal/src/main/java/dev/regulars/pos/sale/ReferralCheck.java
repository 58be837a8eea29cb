package dev.regulars.pos.sale;

import dev.regulars.core.referral.ReferralVerdict;
import dev.regulars.core.rules.ReferralRules;
import dev.regulars.core.words.KeyedRefusal;
import dev.regulars.pos.sync.SyncException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A friend's code checked before its discount is shown or applied: first the rules the till knows
 * ({@link ReferralVerdict#offline}: referrals on, a code's form, not a customer already in the cache), then the
 * server's verdict (own code, unknown code, not a first purchase, inviter at the limit) when it answers within the
 * cashier's timeout. A server that does not answer leaves the offline verdict: the sale's booking checks again.
 */
public final class ReferralCheck {

    private static final Logger LOG = Logger.getLogger(ReferralCheck.class.getName());

    /** The server's check of a code for a phone ({@code POST v1/referrals/check}), within the interactive timeout. */
    @FunctionalInterface
    public interface Server {
        ReferralVerdict check(ReferralVerdict.Request request) throws SyncException;
    }

    /** Whether the code stands. */
    public sealed interface Verdict permits Accepted, Refused {
    }

    public record Accepted() implements Verdict {
    }

    /** @param reason words for the cashier ("referral.ownCode", …) */
    public record Refused(KeyedRefusal reason) implements Verdict {
    }

    private final Supplier<ReferralRules> rules;
    private final Predicate<String> knownPhoneHmac;
    private final Server server;

    /**
     * @param rules          the program's referral rules as synced to the till
     * @param knownPhoneHmac whether the till's cache has a customer with this phone's keyed hash
     */
    public ReferralCheck(Supplier<ReferralRules> rules, Predicate<String> knownPhoneHmac, Server server) {
        this.rules = rules;
        this.knownPhoneHmac = knownPhoneHmac;
        this.server = server;
    }

    /** Checks the code of someone enrolling (a code is present); may wait for the server up to its timeout. */
    public Verdict check(CustomerAtTill.Enrolling enrolling) {
        Optional<ReferralVerdict> offline = ReferralVerdict.offline(rules.get(), enrolling.referralCode(),
                knownPhoneHmac.test(enrolling.phoneHmac()));
        if (offline.isPresent()) {
            return verdict(offline.get(), enrolling.referralCode());
        }
        try {
            return verdict(server.check(new ReferralVerdict.Request(enrolling.referralCode(),
                    enrolling.phone().e164())), enrolling.referralCode());
        } catch (SyncException e) {
            // offline, slow, or a server without the check: the code stands as far as the till can tell
            LOG.info("friend's code checked offline only: " + e.getMessage());
            return new Accepted();
        }
    }

    private static Verdict verdict(ReferralVerdict verdict, String code) {
        return switch (verdict) {
            case ACCEPTED -> new Accepted();
            case NO_REFERRALS -> refused("This program has no friend's codes", "referral.none", code);
            case NOT_A_CODE -> refused("\"" + code + "\" is not a friend's code (6 letters and digits)",
                    "enroll.notAReferralCode", code);
            case UNKNOWN_CODE -> refused("No customer has the code " + code, "referral.unknown", code);
            case OWN_CODE -> refused(code + " is the customer's own code", "referral.ownCode", code);
            case NOT_FIRST_PURCHASE -> refused("The friend's discount is for new customers only: this phone is a"
                    + " customer already", "referral.notFirst", code);
            case INVITER_AT_LIMIT -> refused("The friend with code " + code + " has brought as many friends as the"
                    + " program allows for now", "referral.inviterAtLimit", code);
        };
    }

    private static Refused refused(String message, String key, String code) {
        return new Refused(new KeyedRefusal(message, key, code));
    }
}

package dev.regulars.core.rules;

import java.util.Optional;

/**
 * What joining brings: the program's welcome bonus and, with a friend's code, the referral (the friend's discount
 * and the inviter's bonus). Both are for a first joining only: a phone whose earlier customer had their data deleted
 * joins again without them, else deleting and re-joining would farm them every cycle. The server supplies that fact
 * (it keeps a keyed hash of erased phones per business); the rule lives here.
 */
public final class JoinRewards {

    /** The refusal recorded for a friend's code given with a phone erased before. */
    public static final String REJOINED = "the phone's data was deleted before: no second referral";

    private JoinRewards() {
    }

    /**
     * @param phoneErasedBefore a customer with this phone had their data deleted in this business
     * @return the welcome bonus points to post (0: none)
     */
    public static long welcomeBonusPoints(ProgramRules rules, boolean phoneErasedBefore) {
        return phoneErasedBefore ? 0 : rules.welcomeBonusPoints();
    }

    /** The reason a friend's code does not count for this phone, or empty when the referral rules decide. */
    public static Optional<String> referralRefusal(boolean phoneErasedBefore) {
        return phoneErasedBefore ? Optional.of(REJOINED) : Optional.empty();
    }
}

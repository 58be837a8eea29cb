package dev.regulars.core.referral;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Short codes customers read to a friend or share as a link: six characters without look-alikes (no 0/O, 1/I/L),
 * about 30 bits, unique per business (the server retries on a clash).
 */
public final class ReferralCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferralCodes() {
    }

    public static String newCode() {
        StringBuilder code = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * What a person typed, as a code: case, spaces and dashes do not matter; anything with a character outside
     * the alphabet is refused.
     *
     * @return empty when it cannot be a referral code
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}

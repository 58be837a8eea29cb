package dev.regulars.server.stores;

import java.security.SecureRandom;
import java.time.Duration;

/**
 * Pairing codes are read off a screen and typed on a till: eight characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), shown as XXXX-XXXX. About 39 bits, one-time and valid for 15 minutes.
 */
final class PairingCodes {

    static final Duration VALIDITY = Duration.ofMinutes(15);
    private static final String ALPHABET = dev.regulars.core.referral.ReferralCodes.ALPHABET;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PairingCodes() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}

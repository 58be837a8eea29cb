package dev.regulars.core.sync;

import java.time.Instant;

/**
 * A customer enrolled at the till with this sale. Consent is explicit, with the moment it was given.
 *
 * @param referralCode a friend's code the customer gave, or null
 */
public record EnrollmentRecord(String phoneE164, String firstName, boolean marketingConsent, Instant consentAt,
                               String referralCode) {
}

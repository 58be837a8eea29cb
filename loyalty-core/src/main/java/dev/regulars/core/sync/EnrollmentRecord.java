package dev.regulars.core.sync;

import java.time.Instant;
import java.time.MonthDay;

/**
 * A customer enrolled at the till with this sale. Consent is explicit, with the moment it was given.
 *
 * @param referralCode a friend's code the customer gave, or null
 * @param birthday     day and month for the birthday greeting, or null; the year is not asked
 */
public record EnrollmentRecord(String phoneE164, String firstName, boolean marketingConsent, Instant consentAt,
                               String referralCode, MonthDay birthday) {
}

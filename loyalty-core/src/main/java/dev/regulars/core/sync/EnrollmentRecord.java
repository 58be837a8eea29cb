package dev.regulars.core.sync;

import java.time.Instant;
import java.time.MonthDay;

/**
 * A customer enrolled at the till with this sale. Consent is explicit, with the moment it was given.
 *
 * @param lastName     or null; only the server keeps it (tills keep first names)
 * @param referralCode a friend's code the customer gave, or null
 * @param birthday     day and month for the birthday greeting, or null; the year is not asked
 * @param card         a printed or NFC card handed over or presented at enrollment, to link to the customer; or null
 */
public record EnrollmentRecord(String phoneE164, String firstName, String lastName, boolean marketingConsent,
                               Instant consentAt, String referralCode, MonthDay birthday, CardLink card) {
}

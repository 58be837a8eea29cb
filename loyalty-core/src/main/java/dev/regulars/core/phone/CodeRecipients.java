package dev.regulars.core.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.Optional;
import java.util.Set;

/**
 * Which numbers a sign-in code may be sent to by SMS (against SMS pumping: codes requested for premium-rate,
 * landline or far-away numbers the business pays for): only numbers libphonenumber types as MOBILE or
 * FIXED_LINE_OR_MOBILE (where a country's plan cannot tell them apart), and only in the countries the business
 * allows (its store's own country by default).
 */
public final class CodeRecipients {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private CodeRecipients() {
    }

    /**
     * @param allowedRegions ISO 3166 regions ("NL", "BE") whose numbers may get codes
     * @return the refusal, as a page text key ("phone.notMobile", "phone.countryNotAllowed"), or empty when the
     *         code may be sent
     */
    public static Optional<String> refusal(PhoneNumber phone, Set<String> allowedRegions) {
        com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parsed;
        try {
            parsed = UTIL.parse(phone.e164(), null);
        } catch (NumberParseException e) {
            throw new IllegalStateException("an E.164 number failed to parse", e);
        }
        if (!allowedRegions.contains(UTIL.getRegionCodeForNumber(parsed))) {
            return Optional.of("phone.countryNotAllowed");
        }
        PhoneNumberType type = UTIL.getNumberType(parsed);
        return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE ? Optional.empty()
                : Optional.of("phone.notMobile");
    }
}

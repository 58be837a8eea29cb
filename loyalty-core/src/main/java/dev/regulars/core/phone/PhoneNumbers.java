package dev.regulars.core.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/** Turns whatever a person types into E.164, reading national formats in the store's default region. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * @param raw           "+7 912 345-67-89", "8 (912) 345 67 89", "06-12345678" ...
     * @param defaultRegion ISO 3166 region of the store ("RU", "NL"), used when the number has no country code
     * @throws InvalidPhoneNumberException when it is not a valid phone number
     */
    public static PhoneNumber normalize(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidPhoneNumberException("Enter a phone number");
        }
        if (!UTIL.getSupportedRegions().contains(defaultRegion)) {
            throw new IllegalArgumentException("unknown phone region " + defaultRegion);
        }
        com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parsed;
        try {
            parsed = UTIL.parse(raw, defaultRegion);
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumberException(describe(raw, e));
        }
        if (!UTIL.isValidNumber(parsed)) {
            throw new InvalidPhoneNumberException(
                    "\"" + raw.strip() + "\" is not a valid phone number" + regionHint(parsed, defaultRegion));
        }
        return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164));
    }

    /** For people: "+7 912 345-67-89". */
    public static String formatInternational(PhoneNumber number) {
        try {
            return UTIL.format(UTIL.parse(number.e164(), null), PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            throw new IllegalStateException("an E.164 number failed to parse", e);
        }
    }

    private static String regionHint(com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parsed, String region) {
        if (parsed.getCountryCode() == UTIL.getCountryCodeForRegion(region)) {
            return " in " + region + " (check the number of digits)";
        }
        return " (check the country code and the number of digits)";
    }

    private static String describe(String raw, NumberParseException e) {
        String shown = "\"" + raw.strip() + "\"";
        return switch (e.getErrorType()) {
            case INVALID_COUNTRY_CODE -> shown + " has an unknown country code";
            case NOT_A_NUMBER -> shown + " is not a phone number";
            case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> shown + " is too short for a phone number";
            case TOO_LONG -> shown + " is too long for a phone number";
        };
    }
}

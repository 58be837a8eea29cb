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
            throw new InvalidPhoneNumberException("Enter a phone number", "phone.empty");
        }
        if (!UTIL.getSupportedRegions().contains(defaultRegion)) {
            throw new IllegalArgumentException("unknown phone region " + defaultRegion);
        }
        com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parsed;
        try {
            parsed = UTIL.parse(raw, defaultRegion);
        } catch (NumberParseException e) {
            throw describe(raw, e);
        }
        if (!UTIL.isValidNumber(parsed)) {
            throw invalid(raw.strip(), parsed, defaultRegion);
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

    private static InvalidPhoneNumberException invalid(String typed,
            com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parsed, String region) {
        String shown = "\"" + typed + "\" is not a valid phone number";
        if (parsed.getCountryCode() == UTIL.getCountryCodeForRegion(region)) {
            return new InvalidPhoneNumberException(shown + " in " + region + " (check the number of digits)",
                    "phone.invalidInRegion", typed, region);
        }
        return new InvalidPhoneNumberException(shown + " (check the country code and the number of digits)",
                "phone.invalid", typed);
    }

    private static InvalidPhoneNumberException describe(String raw, NumberParseException e) {
        String typed = raw.strip();
        String shown = "\"" + typed + "\"";
        return switch (e.getErrorType()) {
            case INVALID_COUNTRY_CODE -> new InvalidPhoneNumberException(shown + " has an unknown country code",
                    "phone.unknownCountryCode", typed);
            case NOT_A_NUMBER -> new InvalidPhoneNumberException(shown + " is not a phone number", "phone.notANumber",
                    typed);
            case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> new InvalidPhoneNumberException(shown
                    + " is too short for a phone number", "phone.tooShort", typed);
            case TOO_LONG -> new InvalidPhoneNumberException(shown + " is too long for a phone number",
                    "phone.tooLong", typed);
        };
    }
}

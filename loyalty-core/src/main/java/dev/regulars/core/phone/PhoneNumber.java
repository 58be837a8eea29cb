package dev.regulars.core.phone;

import java.util.Objects;
import java.util.regex.Pattern;

/** A phone number in E.164 form (+79123456789): the only form stored, compared or hashed anywhere. */
public record PhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (!E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("not an E.164 phone number");
        }
    }

    /** For logs and screens that must not show the whole number: +7*******6789. */
    public String masked() {
        int keep = 4;
        int countryAndPlus = 2;
        StringBuilder masked = new StringBuilder(e164.substring(0, countryAndPlus));
        masked.append("*".repeat(e164.length() - countryAndPlus - keep));
        masked.append(e164.substring(e164.length() - keep));
        return masked.toString();
    }

    @Override
    public String toString() {
        return masked();
    }
}

package dev.regulars.server.platform;

import dev.regulars.server.platform.web.AdminTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Map;

/**
 * Reads an admin form's text fields one by one into values, writing what is wrong with each under its name (the
 * page shows it next to the field). Amounts are typed in major units and read as minor units of the currency;
 * percentages and factors as decimals read as basis points.
 *
 * <p>Each reader takes the field's label as a key of the admin's texts ({@code field.*}) and writes its problem in
 * the reader's language ({@code form.*}, AdminTexts; English outside a page).
 */
public class FormFields {

    protected final Map<String, String> values;
    protected final Map<String, String> errors;
    protected final Currency currency;

    /**
     * @param values   the form's fields by name, as typed
     * @param errors   where each field's problem is written, by the field's name
     * @param currency the business's currency, for amounts
     */
    public FormFields(Map<String, String> values, Map<String, String> errors, Currency currency) {
        this.values = values;
        this.errors = errors;
        this.currency = currency;
    }

    /** The admin's text {@code key} in the reader's language. */
    protected static String say(String key, Object... args) {
        return AdminTexts.get(key, args);
    }

    /** The label {@code key} in the reader's language. */
    protected static String label(String key) {
        return AdminTexts.get(key);
    }

    protected String raw(String field) {
        String v = values.get(field);
        return v == null ? "" : v.strip();
    }

    /** A text of at most {@code max} characters; null when empty (an error too when required). */
    public String text(String field, String label, int max, boolean required) {
        String v = raw(field);
        if (v.isEmpty()) {
            if (required) {
                errors.put(field, say("form.needed", label(label)));
            }
            return null;
        }
        if (v.length() > max) {
            errors.put(field, say("form.tooLong", label(label), v.length(), max));
            return null;
        }
        return v;
    }

    /** One of the constants of {@code type}, by name; null when empty (an error too when required). */
    public <E extends Enum<E>> E choice(String field, String label, Class<E> type, boolean required) {
        String v = raw(field);
        if (v.isEmpty()) {
            if (required) {
                errors.put(field, say("form.choose", lowered(label)));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            errors.put(field, say("form.chooseFromList", lowered(label)));
            return null;
        }
    }

    private static String lowered(String label) {
        return label(label).toLowerCase(AdminTexts.locale());
    }

    /** A whole number from {@code min} to {@code max}; null when empty (an error too when required). */
    public Integer integer(String field, String label, int min, int max, boolean required) {
        String v = raw(field);
        if (v.isEmpty()) {
            if (required) {
                errors.put(field, say("form.needed", label(label)));
            }
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.put(field, say("form.wholeNumber", label(label), min, max));
        return null;
    }

    /** A multiple typed as a decimal ("2.5") in basis points of one (25000). */
    public Integer factor(String field, String label, int minBp, int maxBp) {
        return basisPoints(field, label, 4, minBp, maxBp);
    }

    /** A percentage typed as a decimal ("12.5") in basis points (1250). */
    public Integer percent(String field, String label, int minBp, int maxBp) {
        return basisPoints(field, label, 2, minBp, maxBp);
    }

    /** A decimal moved {@code shift} places to the right: a whole number of basis points or refused. */
    private Integer basisPoints(String field, String label, int shift, int minBp, int maxBp) {
        String v = raw(field).replace(',', '.');
        if (v.isEmpty()) {
            return null;
        }
        try {
            BigDecimal bp = new BigDecimal(v).movePointRight(shift);
            boolean inRange = bp.compareTo(BigDecimal.valueOf(minBp)) >= 0
                    && bp.compareTo(BigDecimal.valueOf(maxBp)) <= 0;
            if (bp.stripTrailingZeros().scale() <= 0 && inRange) {
                return bp.intValueExact();
            }
            if (inRange) { // 33.333 %: a number we have, with more decimals than we keep
                errors.put(field, say("form.decimals", label(label), shift));
                return null;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // said below
        }
        errors.put(field, say("form.number", label(label), BigDecimal.valueOf(minBp, shift).stripTrailingZeros()
                .toPlainString(), BigDecimal.valueOf(maxBp, shift).stripTrailingZeros().toPlainString()));
        return null;
    }

    /** An amount in major units ("4.50") as minor units; at most the currency's decimals. */
    public Long money(String field, String label) {
        return amount(field, label, false);
    }

    /** An amount that may be negative ("-0.20": a price difference that takes off), as {@link #money}. */
    public Long signedMoney(String field, String label) {
        return amount(field, label, true);
    }

    private Long amount(String field, String label, boolean signed) {
        String v = raw(field).replace(',', '.');
        if (v.isEmpty()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(v);
            if ((signed || amount.signum() >= 0) && amount.scale() <= currency.getDefaultFractionDigits()
                    && amount.abs().compareTo(BigDecimal.valueOf(100_000_000)) <= 0) {
                return amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // said below
        }
        errors.put(field, say(signed ? "form.signedAmount" : "form.amount", label(label), currency.getCurrencyCode()));
        return null;
    }

    /** Minor units as a field shows them to be typed again: "4.50" (major units, the currency's decimals). */
    public static String typed(long minor, Currency currency) {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()).toPlainString();
    }

    /** A time of day ("10:00", "9:30"); null when empty (an error too when required). */
    public LocalTime time(String field, String label, boolean required) {
        String v = raw(field);
        if (v.isEmpty()) {
            if (required) {
                errors.put(field, say("form.timeNeeded", label(label)));
            }
            return null;
        }
        try {
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
            errors.put(field, say("form.time", label(label)));
            return null;
        }
    }

    /** A date (ISO, "2026-12-24") not before {@code today}; null when wrong. */
    public LocalDate date(String field, String label, LocalDate today) {
        String v = raw(field);
        try {
            LocalDate date = LocalDate.parse(v);
            if (date.isBefore(today)) {
                errors.put(field, say("form.datePassed", label(label), date.toString()));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put(field, say("form.date", label(label), today.plusDays(7).toString()));
            return null;
        }
    }
}

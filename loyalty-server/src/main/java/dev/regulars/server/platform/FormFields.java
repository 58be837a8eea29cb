package dev.regulars.server.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an admin form's text fields one by one into values, writing what is wrong with each under its name (the
 * page shows it next to the field). Amounts are typed in major units and read as minor units of the currency;
 * percentages and factors as decimals read as basis points.
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

    protected String raw(String field) {
        String v = values.get(field);
        return v == null ? "" : v.strip();
    }

    public String text(String field, String label, int max, boolean required) {
        String v = raw(field);
        if (v.isEmpty()) {
            if (required) {
                errors.put(field, label + " is needed");
            }
            return null;
        }
        if (v.length() > max) {
            errors.put(field, label + " has " + v.length() + " characters; at most " + max);
            return null;
        }
        return v;
    }

    public <E extends Enum<E>> E choice(String field, String label, Class<E> type, boolean required) {
        String v = raw(field);
        if (v.isEmpty()) {
            if (required) {
                errors.put(field, "Choose the " + label.toLowerCase(Locale.ROOT));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            errors.put(field, "Choose the " + label.toLowerCase(Locale.ROOT) + " from the list");
            return null;
        }
    }

    public Integer integer(String field, String label, int min, int max, boolean required) {
        String v = raw(field);
        if (v.isEmpty()) {
            if (required) {
                errors.put(field, label + " is needed");
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
        errors.put(field, label + ": a whole number from " + min + " to " + max);
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
            if (bp.stripTrailingZeros().scale() <= 0 && bp.compareTo(BigDecimal.valueOf(minBp)) >= 0
                    && bp.compareTo(BigDecimal.valueOf(maxBp)) <= 0) {
                return bp.intValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // said below
        }
        errors.put(field, label + ": a number from " + BigDecimal.valueOf(minBp, shift).stripTrailingZeros()
                .toPlainString() + " to " + BigDecimal.valueOf(maxBp, shift).stripTrailingZeros().toPlainString());
        return null;
    }

    /** An amount in major units ("4.50") as minor units; at most the currency's decimals. */
    public Long money(String field, String label) {
        String v = raw(field).replace(',', '.');
        if (v.isEmpty()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(v);
            if (amount.signum() >= 0 && amount.scale() <= currency.getDefaultFractionDigits()
                    && amount.compareTo(BigDecimal.valueOf(100_000_000)) <= 0) {
                return amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // said below
        }
        errors.put(field, label + ": an amount in " + currency.getCurrencyCode() + " such as 4.50");
        return null;
    }

    public LocalTime time(String field, String label, boolean required) {
        String v = raw(field);
        if (v.isEmpty()) {
            if (required) {
                errors.put(field, label + " is needed (a time such as 10:00)");
            }
            return null;
        }
        try {
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
            errors.put(field, label + ": a time such as 10:00");
            return null;
        }
    }

    public LocalDate date(String field, String label, LocalDate today) {
        String v = raw(field);
        try {
            LocalDate date = LocalDate.parse(v);
            if (date.isBefore(today)) {
                errors.put(field, label + " " + date + " has passed");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put(field, label + ": a date such as " + today.plusDays(7));
            return null;
        }
    }
}

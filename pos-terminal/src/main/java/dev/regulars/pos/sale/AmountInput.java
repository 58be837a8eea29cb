package dev.regulars.pos.sale;

import dev.regulars.core.money.Money;
import dev.regulars.core.words.KeyedRefusal;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount as the cashier types it (cash handed over, opening cash, the cash counted, an amount off), in minor
 * units. One decimal separator, point or comma, whatever the language; spaces between digit groups are read as
 * grouping ("1 000" is a thousand). A point or comma before exactly three digits is refused as a thousands
 * separator: in English "1,000" means a thousand and in Dutch or Russian "1.000" does, so reading it as 1.00 (as a
 * plain decimal would) takes a thousand for one. Amounts no drawer holds are refused too ({@link #atMost}).
 *
 * <p>Only ASCII digits with at most one separator are numbers here ({@link #plainDecimal}, which discounts use
 * too): Java's own parsers also take "1e1", "-0" and full-width or Arabic-Indic digits, which no keypad types and
 * a cashier would not read as the number the till took.
 */
public final class AmountInput {

    /**
     * The largest banknote in everyday use, in major units (EUR 500 is no longer issued but still legal tender).
     * Currencies not named: 1000.
     */
    private static final Map<String, Long> LARGEST_NOTE = Map.of("EUR", 500L, "RUB", 5000L, "USD", 100L,
            "GBP", 50L, "CHF", 1000L);
    /** One to three digits, not starting with 0, then a separator and three digits: "1,000", not "0.001". */
    private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}[.,]\\d{3}");
    private static final Pattern PLAIN = Pattern.compile("[0-9]+([.,][0-9]*)?|[.,][0-9]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");

    private AmountInput() {
    }

    /**
     * @return the amount in minor units, &gt;= 0
     * @throws KeyedRefusal ("amount.grouped") for a thousands separator, ("amount.decimals", the input, the
     *                      currency's fraction digits) for more decimals than it has ("0.001" in euros),
     *                      ("pay.notAnAmount") for anything else that is not an amount of {@code currency}, negative
     *                      amounts and "-0" included
     */
    public static long parse(String typed, Currency currency) {
        String text = typed == null ? "" : SPACES.matcher(typed).replaceAll("");
        if (currency.getDefaultFractionDigits() < 3 && GROUPED.matcher(text).matches()
                || text.chars().filter(c -> c == '.' || c == ',').count() > 1) {
            throw new KeyedRefusal("\"" + typed.strip() + "\": type amounts without thousands separators, such as"
                    + " 1000 or 1000.50", "amount.grouped", typed.strip());
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal amount = plainDecimal(text).orElseThrow(() -> notAnAmount(typed));
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new KeyedRefusal("\"" + typed.strip() + "\": at most " + digits + " decimals", "amount.decimals",
                    typed.strip(), digits);
        }
        try {
            return amount.movePointRight(digits).longValueExact();
        } catch (ArithmeticException e) {
            throw notAnAmount(typed);
        }
    }

    /**
     * A number as the till reads one: ASCII digits with at most one decimal point or comma, nothing else (no sign,
     * exponent, grouping or other scripts' digits).
     *
     * @return the number, empty when {@code text} is not one
     */
    static Optional<BigDecimal> plainDecimal(String text) {
        if (!PLAIN.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace(',', '.')));
    }

    /**
     * @throws KeyedRefusal ("amount.tooLarge", the amount, the cap) when {@code minor} is above {@code capMinor}
     */
    public static long atMost(long minor, long capMinor, Currency currency) {
        if (minor > capMinor) {
            throw new KeyedRefusal(Money.of(minor, currency.getCurrencyCode()).toDecimal().toPlainString()
                    + " is more than this can be (at most " + Money.of(capMinor, currency.getCurrencyCode()).toDecimal()
                    .toPlainString() + ")", "amount.tooLarge", new Money(minor, currency),
                    new Money(capMinor, currency));
        }
        return minor;
    }

    /** The largest banknote of {@code currency} in everyday use, in minor units. */
    public static long largestNoteMinor(Currency currency) {
        long unit = (long) Math.pow(10, Math.max(0, currency.getDefaultFractionDigits()));
        return LARGEST_NOTE.getOrDefault(currency.getCurrencyCode(), 1000L) * unit;
    }

    /**
     * The most cash a customer can hand over for {@code leftMinor}: what is left and at most one largest note
     * more (nobody needs change of more than that; 5000.00 typed for 50.00 is a slip of the finger).
     */
    public static long cashCap(long leftMinor, Currency currency) {
        return Math.addExact(leftMinor, largestNoteMinor(currency));
    }

    /** The most a drawer starts a shift with: twenty of the largest note (EUR 10,000; RUB 100,000). */
    public static long openingCashCap(Currency currency) {
        return 20 * largestNoteMinor(currency);
    }

    /** The most cash counted at a shift's close: a thousand of the largest note (EUR 500,000). */
    public static long countedCashCap(Currency currency) {
        return 1000 * largestNoteMinor(currency);
    }

    private static KeyedRefusal notAnAmount(String typed) {
        String shown = typed == null ? "" : typed.strip();
        return new KeyedRefusal("\"" + shown + "\" is not an amount", "pay.notAnAmount", shown);
    }
}

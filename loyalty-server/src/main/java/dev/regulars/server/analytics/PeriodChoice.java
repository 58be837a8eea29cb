package dev.regulars.server.analytics;

/**
 * The length of period a figure page or CSV is asked for by {@code ?days=}: 7 or 30 days, 7 when not given.
 * Anything else (a word, 0, a negative number, 365, a very long value) is refused, and 7 days are shown instead.
 *
 * @param days    7 or 30: the days shown
 * @param refused whether the address asked for something else, which the page says in words and the CSV answers
 *                with a 400
 */
public record PeriodChoice(int days, boolean refused) {

    /** The period of {@code ?days=}, null or blank being the default of 7 days. */
    public static PeriodChoice of(String given) {
        if (given == null || given.isBlank()) {
            return new PeriodChoice(7, false);
        }
        return switch (given.strip()) {
            case "7" -> new PeriodChoice(7, false);
            case "30" -> new PeriodChoice(30, false);
            default -> new PeriodChoice(7, true);
        };
    }
}

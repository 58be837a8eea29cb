package dev.regulars.pos.ui.sale;

import dev.regulars.core.words.KeyedRefusal;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a birthday as cashiers type it: day and month ("12-3", "12/03", "12.03"); the year is not asked. */
final class Birthdays {

    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})");

    private Birthdays() {
    }

    /**
     * @return null for an empty field
     * @throws KeyedRefusal ("birthday.format", "birthday.noSuchDay") with words for the cashier
     */
    static MonthDay parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Matcher m = DAY_MONTH.matcher(typed.strip());
        if (!m.matches()) {
            throw new KeyedRefusal("Type the birthday as day-month, e.g. 12-03", "birthday.format");
        }
        try {
            return MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            throw new KeyedRefusal("\"" + typed.strip() + "\" is not a day of the year", "birthday.noSuchDay",
                    typed.strip());
        }
    }
}

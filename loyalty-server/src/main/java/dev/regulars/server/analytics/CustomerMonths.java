package dev.regulars.server.analytics;

import dev.regulars.server.analytics.CustomerHistory.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * A customer's months in one column (analytics_customer.months, V42): {@code 2026-03 2 400,2026-05 1 500}, each
 * month with a purchase or a refund as "year-month, sales, revenue in minor units", in order. Only the customer's
 * own round reads it back (to tell what changed in the cohort cells), so a row per customer-month, ten million
 * rows to write in a rebuild, bought nothing.
 */
final class CustomerMonths {

    private CustomerMonths() {
    }

    static String write(Map<YearMonth, Month> months) {
        StringJoiner out = new StringJoiner(",");
        new TreeMap<>(months).forEach((month, m) -> out.add(month + " " + m.sales() + " " + m.revenueMinor()));
        return out.toString();
    }

    /** @throws IllegalStateException when the column holds something else (written by hand?) */
    static Map<YearMonth, Month> read(String column) {
        Map<YearMonth, Month> months = new TreeMap<>();
        if (column == null || column.isEmpty()) {
            return months;
        }
        for (String entry : column.split(",")) {
            String[] parts = entry.split(" ");
            try {
                if (parts.length != 3) {
                    throw new IllegalArgumentException("three parts expected");
                }
                months.put(YearMonth.parse(parts[0]), new Month(Integer.parseInt(parts[1]), Long.parseLong(parts[2])));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalStateException("analytics_customer.months holds '" + entry + "', not a month", e);
            }
        }
        return months;
    }
}

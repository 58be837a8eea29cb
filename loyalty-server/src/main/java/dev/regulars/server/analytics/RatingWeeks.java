package dev.regulars.server.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The weeks of the ratings chart: {@link #WEEKS} weeks from Monday to Sunday in the business's zone, the last one
 * holding {@code today} (so it is the week so far), each with its bounds as UTC DATETIMEs as the rating table keeps
 * its times.
 */
public final class RatingWeeks {

    /** How many weeks the chart shows. */
    public static final int WEEKS = 12;

    private RatingWeeks() {
    }

    /**
     * A week: its Monday, and [start, end) as UTC DATETIMEs.
     */
    public record Week(LocalDate monday, LocalDateTime start, LocalDateTime end) {
    }

    /** The {@link #WEEKS} weeks up to the one of {@code today}, oldest first. */
    public static List<Week> upTo(LocalDate today, ZoneId zone) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1L);
        List<Week> weeks = new ArrayList<>(WEEKS);
        for (int i = 0; i < WEEKS; i++) {
            LocalDate first = monday.plusWeeks(i);
            weeks.add(new Week(first, utc(first, zone), utc(first.plusWeeks(1), zone)));
        }
        return weeks;
    }

    /** The start of {@code day} in {@code zone}, as a UTC DATETIME. */
    static LocalDateTime utc(LocalDate day, ZoneId zone) {
        return LocalDateTime.ofInstant(day.atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
    }
}

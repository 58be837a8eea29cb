package dev.regulars.server.customerpages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The friends' codes a browser opened on a join page today, as its cookie keeps them, so a reload (or the way back
 * from the code step) is not a second open: "20261130.3fa9c0d1e2b4.77aa01b2c3d4", the day then a short hash of each
 * code (the code itself is not written). Another day's value, or one that is not this shape, is as none.
 *
 * @param keys at most {@link #MAX} keys, oldest first
 */
public record SeenLinks(LocalDate day, List<String> keys) {

    /** Codes kept a day at most: a browser opening more has the oldest forgotten (and counted again). */
    public static final int MAX = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public SeenLinks {
        keys = List.copyOf(keys);
    }

    /** What a cookie's value says for {@code today}; null or malformed is nothing seen. */
    public static SeenLinks read(String cookie, LocalDate today) {
        String expected = DAY.format(today);
        if (cookie == null || !cookie.matches("[0-9]{8}(\\.[0-9a-f]{12}){0," + MAX + "}")
                || !cookie.startsWith(expected)) {
            return new SeenLinks(today, List.of());
        }
        List<String> keys = List.of(cookie.split("\\."));
        return new SeenLinks(today, keys.subList(1, keys.size()));
    }

    /** The key of a code: 12 hex digits of its SHA-256 hash. */
    public static String key(String code) {
        return dev.regulars.server.platform.Secrets.sha256Hex(code).substring(0, 12);
    }

    public boolean has(String key) {
        return keys.contains(key);
    }

    /** This with {@code key} added (the oldest dropped past {@link #MAX}). */
    public SeenLinks with(String key) {
        List<String> more = new ArrayList<>(keys);
        more.remove(key);
        more.add(key);
        return new SeenLinks(day, more.size() > MAX ? more.subList(more.size() - MAX, more.size()) : more);
    }

    /** The cookie's value. */
    public String write() {
        StringBuilder value = new StringBuilder(DAY.format(day));
        keys.forEach(k -> value.append('.').append(k));
        return value.toString();
    }
}

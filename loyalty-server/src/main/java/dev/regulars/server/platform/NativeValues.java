package dev.regulars.server.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Column values of native queries as EclipseLink hands them over (LocalDateTime or Timestamp for DATETIME, Boolean
 * or a number for BOOLEAN, depending on the driver's settings), turned into what the domain uses.
 */
public final class NativeValues {

    private NativeValues() {
    }

    /** A DATETIME column written by {@link InstantConverter} (UTC); null stays null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime local = value instanceof LocalDateTime l ? l : ((Timestamp) value).toLocalDateTime();
        return new InstantConverter().convertToEntityAttribute(local);
    }

    /** A BOOLEAN (TINYINT(1)) column. */
    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}

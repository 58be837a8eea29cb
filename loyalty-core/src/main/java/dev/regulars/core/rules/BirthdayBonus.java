package dev.regulars.core.rules;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The birthday part of a program: {@code points} granted by the birthday campaign, valid for {@code validDays}
 * days from the grant (then what is left of them expires, whatever the program's own expiry says).
 */
public record BirthdayBonus(long points, int validDays) {

    public static final BirthdayBonus NONE = new BirthdayBonus(0, 0);

    public BirthdayBonus {
        if (points < 0 || validDays < 0) {
            throw new IllegalArgumentException("birthday bonus figures must not be negative");
        }
        if (points > 0 && validDays == 0) {
            throw new IllegalArgumentException("a birthday bonus needs a validity of at least one day");
        }
    }

    public boolean isEnabled() {
        return points > 0;
    }

    /** The end of the validity of a bonus granted at {@code grantedAt}: the same time of day, days later there. */
    public Instant validUntil(Instant grantedAt, ZoneId zone) {
        return grantedAt.atZone(zone).plusDays(validDays).toInstant();
    }
}

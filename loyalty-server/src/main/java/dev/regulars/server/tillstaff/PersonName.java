package dev.regulars.server.tillstaff;

import dev.regulars.server.platform.Problem;

/**
 * A till person's name as the till's login, its receipts ("Cashier Anna") and its shift reports show it: 1 to
 * {@value #MAX} characters, without the spaces around it.
 *
 * @param value the name, stripped
 */
public record PersonName(String value) {

    /** The longest name: a receipt's line holds it with the till's name. */
    public static final int MAX = 60;

    /**
     * @throws Problem {@code tillstaff.error.name} for an empty name, one over {@value #MAX} characters, or one with
     *                 a control character (a line break would break the receipt's line)
     */
    public PersonName {
        if (value == null || value.isBlank() || !value.equals(value.strip()) || value.length() > MAX
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new Problem("tillstaff.error.name", MAX);
        }
    }

    /**
     * A name from what was typed.
     *
     * @throws Problem {@code tillstaff.error.name} when nothing is left once the spaces around it are gone, or
     *                 more than {@value #MAX} characters are
     */
    public static PersonName typed(String typed) {
        return new PersonName(typed == null ? null : typed.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}

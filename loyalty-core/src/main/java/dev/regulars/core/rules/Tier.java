package dev.regulars.core.rules;

import dev.regulars.core.money.BasisPoints;

/**
 * A level of the program: customers whose spend over the trailing 12 months reaches {@code minSpendMinor} earn
 * at {@code earnRate}.
 */
public record Tier(String name, long minSpendMinor, BasisPoints earnRate) {

    public Tier {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a tier needs a name");
        }
        if (minSpendMinor < 0) {
            throw new IllegalArgumentException("tier " + name + ": the spend threshold must not be negative");
        }
        if (earnRate == null) {
            throw new IllegalArgumentException("tier " + name + ": an earn rate is required");
        }
    }
}

package dev.regulars.wallet;

/**
 * The plural category of a whole number in the languages the cards ship, the one place that knows them (Unicode
 * CLDR, "Language Plural Rules", integer rules only): Russian (and Ukrainian) one for 1, 21, 31... but not 11; few
 * for 2-4, 22-24... but not 12-14; many for the rest (0, 5-20, 25...). English, Dutch and every other language
 * here: one for 1, other for the rest.
 */
public final class Plurals {

    /** CLDR's categories that whole numbers fall in. */
    public enum Category { ONE, FEW, MANY, OTHER }

    private Plurals() {
    }

    /**
     * @param language an ISO 639-1 code, optionally with a region ({@code ru}, {@code nl-BE})
     * @param n the number; a negative one counts as its magnitude
     */
    public static Category of(String language, long n) {
        long abs = n < 0 ? -(n % 100) : n;
        String base = language.split("-", 2)[0];
        if (base.equals("ru") || base.equals("uk")) {
            long mod10 = abs % 10;
            long mod100 = abs % 100;
            if (mod10 == 1 && mod100 != 11) {
                return Category.ONE;
            }
            if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
                return Category.FEW;
            }
            return Category.MANY;
        }
        return abs == 1 ? Category.ONE : Category.OTHER;
    }
}

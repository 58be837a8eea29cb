package dev.regulars.server.stores;

import java.util.List;
import java.util.Set;

/** The languages receipts are printed in, and the one a new store starts with. */
public final class ReceiptLanguages {

    /** English, Russian, Dutch: the languages of the rating page and of the till's receipts. */
    public static final List<String> ALL = List.of("en", "ru", "nl");
    private static final Set<String> RUSSIAN = Set.of("RU", "BY", "KZ");

    private ReceiptLanguages() {
    }

    /**
     * The language of the store's country, as its phone region says (NL: Dutch; RU, BY, KZ: Russian; else English);
     * migration V24 set existing stores the same way.
     */
    public static String defaultFor(String phoneRegion) {
        return "NL".equals(phoneRegion) ? "nl" : RUSSIAN.contains(phoneRegion) ? "ru" : "en";
    }
}

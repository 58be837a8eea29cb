package dev.regulars.wallet.apple;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The card's texts in each language it ships. pass.json carries the default language's texts; every other
 * language gets {@code <language>.lproj/pass.strings}, which maps those texts to its own (Wallet Developer Guide,
 * "Localizing Passes": Wallet looks a pass.json string up as a key in the strings file of the phone's language).
 * The default language gets its folder too (its texts mapping to themselves), so that a phone in a language the
 * pass lacks falls back to it rather than to whichever folder it reads first.
 *
 * @param defaultLanguage an ISO 639-1 code present in {@code texts}
 * @param texts by language code, in the order the folders are written
 */
public record PassLocalization(String defaultLanguage, Map<String, PassTexts> texts) {

    /** @throws IllegalArgumentException when the default language has no texts or a code is not two to eight letters */
    public PassLocalization {
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        if (!texts.containsKey(defaultLanguage)) {
            throw new IllegalArgumentException("no texts for the default language " + defaultLanguage);
        }
        for (String language : texts.keySet()) {
            if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
                throw new IllegalArgumentException("not a language identifier: " + language);
            }
        }
    }

    /** English by default, with Russian and Dutch. */
    public static PassLocalization standard() {
        Map<String, PassTexts> texts = new LinkedHashMap<>();
        texts.put("en", PassTexts.ENGLISH);
        texts.put("ru", PassTexts.RUSSIAN);
        texts.put("nl", PassTexts.DUTCH);
        return new PassLocalization("en", texts);
    }

    /** Only one language, with no strings files. */
    public static PassLocalization only(String language, PassTexts texts) {
        return new PassLocalization(language, Map.of(language, texts));
    }

    /** The default language's texts, those written in pass.json. */
    public PassTexts defaults() {
        return texts.get(defaultLanguage);
    }
}

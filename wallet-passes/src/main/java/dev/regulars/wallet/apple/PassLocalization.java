package dev.regulars.wallet.apple;

import dev.regulars.wallet.Plurals;

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

    /**
     * What pass.json says as the balance's change message for this balance. With one language it is that
     * language's text; with several it is a key naming the plural category of the number in every language (e.g.
     * {@code balance.change.one.one.one} for 1, {@code balance.change.other.few.other} for 2), which every
     * language's pass.strings maps to its own form: Wallet localizes the message, and no language's plural
     * forms need to line up with another's.
     */
    public String pointsChangeKey(long points) {
        if (texts.size() == 1) {
            return defaults().pointsChange(Plurals.of(defaultLanguage, points));
        }
        StringBuilder key = new StringBuilder("balance.change");
        texts.keySet().forEach(language -> key.append('.')
                .append(Plurals.of(language, points).name().toLowerCase(java.util.Locale.ROOT)));
        return key.toString();
    }

    /**
     * Every balance change key and its text in one language, for that language's pass.strings. CLDR's integer
     * rules repeat every hundred from 2 on, so the numbers 0 to 199 meet every key.
     */
    Map<String, String> pointsChanges(String language) {
        Map<String, String> out = new LinkedHashMap<>();
        for (long n = 0; n < 200; n++) {
            out.putIfAbsent(pointsChangeKey(n), texts.get(language).pointsChange(Plurals.of(language, n)));
        }
        return out;
    }

    /** The default language's texts, those written in pass.json. */
    public PassTexts defaults() {
        return texts.get(defaultLanguage);
    }
}

package dev.regulars.wallet.apple;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@code pass.strings} file: lines {@code "key" = "value";} whose keys are the default language's texts
 * as they stand in pass.json. UTF-16 with a byte order mark, the encoding of Apple's strings files that every iOS
 * version reads (Wallet Developer Guide, "Localizing Passes").
 */
final class PassStrings {

    private PassStrings() {
    }

    /**
     * The strings file translating the default language's texts into {@code language}'s, with the balance's
     * change messages by plural key (PassLocalization#pointsChangeKey). For the default language itself every
     * text maps to itself: the folder must not be empty, since it is what makes Wallet fall back to that language.
     */
    static byte[] write(PassLocalization localization, String language) {
        Map<String, String> pairs = new LinkedHashMap<>();
        String[] keys = localization.defaults().all();
        String[] values = localization.texts().get(language).all();
        for (int i = 0; i < keys.length; i++) {
            pairs.putIfAbsent(keys[i], values[i]);
        }
        pairs.putAll(localization.pointsChanges(language));
        StringBuilder out = new StringBuilder();
        pairs.forEach((key, value) -> out.append(quote(key)).append(" = ").append(quote(value)).append(";\n"));
        // Java's "UTF-16" encoder writes big-endian with a byte order mark.
        return out.toString().getBytes(StandardCharsets.UTF_16);
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}

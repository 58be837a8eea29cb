package dev.regulars.pos.receipt;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Map;

/**
 * What a printer's code page lacks, folded to what it has rather than printed as '?': accented letters lose their
 * accents (NFD, combining marks removed: "Café" on CP866 prints "Cafe"), Cyrillic on a Latin code page is written in
 * Latin letters (the Russian passport table, ICAO Doc 9303: "Щи" prints "Shchi"), a few letters without a
 * decomposition get their usual spelling ("ß" → "ss", "ø" → "o"), the euro sign becomes "EUR"; emoji and other
 * symbols are dropped. Characters the code page has pass unchanged.
 */
final class CodePageFold {

    /** Russian Cyrillic in Latin letters, ICAO Doc 9303 (Russian passports since 2014); lower case. */
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', "ie"),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "iu"),
            Map.entry('я', "ia"));

    /** Letters NFD leaves whole, and signs with a usual spelling in letters. */
    private static final Map<Integer, String> SPELLED = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"),
            Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "O"), Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'Œ', "OE"), Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"), Map.entry((int) '€', "EUR"),
            Map.entry((int) '‘', "'"), Map.entry((int) '’', "'"), Map.entry((int) '“', "\""),
            Map.entry((int) '”', "\""), Map.entry((int) '–', "-"), Map.entry((int) '—', "-"),
            Map.entry((int) '…', "..."));

    private CodePageFold() {
    }

    /** {@code text} with every character {@code charset} lacks folded as described above, or dropped. */
    static String fold(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        int[] points = text.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            String one = Character.toString(points[i]);
            if (encoder.canEncode(one)) {
                out.append(one);
                continue;
            }
            String folded = letters(points, i);
            if (folded != null && encoder.canEncode(folded)) {
                out.append(folded);
            }
            // else: an emoji, a joiner or another symbol the printer cannot show is left out
        }
        return out.toString();
    }

    /** The character at {@code i} in plain Latin letters (its neighbours decide an upper-case spelling); or null. */
    private static String letters(int[] points, int i) {
        int c = points[i];
        if (SPELLED.containsKey(c)) {
            return SPELLED.get(c);
        }
        if (c <= Character.MAX_VALUE && CYRILLIC.containsKey(Character.toLowerCase((char) c))) {
            String latin = CYRILLIC.get(Character.toLowerCase((char) c));
            if (!Character.isUpperCase(c) || latin.isEmpty()) {
                return latin;
            }
            // "ЩИ" prints "SHCHI", "Щи" prints "Shchi"
            boolean word = i + 1 < points.length && Character.isUpperCase(points[i + 1])
                    || i > 0 && Character.isUpperCase(points[i - 1]);
            return word ? latin.toUpperCase(java.util.Locale.ROOT)
                    : Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
        }
        String bare = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return bare.isEmpty() || bare.equals(Character.toString(c)) ? null : bare;
    }
}

package dev.regulars.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The till's and the receipt's words: every language has every key, in its own words, as patterns that parse. */
class TillTextsTest {

    @ParameterizedTest
    @CsvSource({"/dev/regulars/pos/ui/till, ru", "/dev/regulars/pos/ui/till, nl",
            "/dev/regulars/pos/receipt/receipt, ru", "/dev/regulars/pos/receipt/receipt, nl"})
    void everyLanguageHasEveryKeyInItsOwnWords(String bundle, String language) throws Exception {
        Properties english = load(bundle + ".properties");
        Properties other = load(bundle + "_" + language + ".properties");

        assertThat(other.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        long same = english.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k).equals(other.getProperty(k))).count();
        // a few words are the same in every language (+1, -1, "x"): not more than a tenth
        assertThat(same).isLessThanOrEqualTo(english.size() / 10);
        for (String key : english.stringPropertyNames()) {
            new MessageFormat(english.getProperty(key));
            new MessageFormat(other.getProperty(key));
        }
    }

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = TillTextsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

package dev.regulars.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The till's and the receipt's words: every language has every key, in its own words, as patterns that parse; every
 * key the code names is there.
 */
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

    /**
     * Every key the till's code names (a word to say, a refusal's reason, from the till and from loyalty-core) is in
     * the bundle: a key the bundle lacks would show the refusal's English, or fail the screen.
     */
    @Test
    void everyKeyTheTillNamesIsInTheBundle() throws Exception {
        Properties english = load("/dev/regulars/pos/ui/till.properties");
        Set<String> families = english.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        Pattern literal = Pattern.compile("\"([a-z]+)\\.([A-Za-z][\\w.]*)\"");
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../loyalty-core/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                // receipts and reports have their own bundles (receipt*.properties), the printer's refusals excepted
                for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !f.toString().contains("/pos/receipt/") || f.endsWith("ReceiptPrinter.java"))
                        .toList()) {
                    Matcher key = literal.matcher(Files.readString(file));
                    while (key.find()) {
                        String name = key.group(1) + "." + key.group(2);
                        if (!families.contains(key.group(1)) || name.endsWith(".")) {
                            continue;
                        }
                        named++;
                        if (!english.containsKey(name)) {
                            missing.add(file.getFileName() + ": " + name);
                        }
                    }
                }
            }
        }
        assertThat(named).isGreaterThan(100);
        assertThat(missing).as("keys the code names that till.properties lacks").isEmpty();
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

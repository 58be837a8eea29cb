package dev.regulars.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.regulars.server.platform.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The admin's texts: the same keys in English and Russian, Russian that is not English, patterns that parse. */
class AdminTextsTest {

    /** Words that are the same in both languages. */
    private static final Set<String> SAME_IN_RUSSIAN = Set.of("SMS", "R", "F", "M");

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = AdminTextsTest.class.getResourceAsStream("/dev/regulars/server/platform/web/" + name)) {
            assertThat(in).as(name).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = load("admin.properties").stringPropertyNames();
        Set<String> russian = load("admin_ru.properties").stringPropertyNames();
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(russian);
        Set<String> onlyRussian = new TreeSet<>(russian);
        onlyRussian.removeAll(english);
        assertThat(onlyEnglish).as("keys without a Russian text").isEmpty();
        assertThat(onlyRussian).as("keys without an English text").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesIsThere() throws IOException {
        Set<String> keys = load("admin.properties").stringPropertyNames();
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("(?:AdminTexts\\.(?:get|say)\\("
                + "(?:FacesMessage\\.\\w+, )?|new Problem\\(|\\bsay\\(|\\? )\"([a-z]+\\.[\\w.]*\\w)\"");
        List<String> missing = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = java.nio.file.Files.readString(file);
                if (!code.contains("AdminTexts") && !code.contains("Problem(")) {
                    continue; // another bundle's keys (the rating page's)
                }
                var found = named.matcher(code);
                while (found.find()) {
                    if (!keys.contains(found.group(1)) && !found.group(1).endsWith(".")) {
                        missing.add(file.getFileName() + ": " + found.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("keys the code names that admin.properties lacks").isEmpty();
    }

    @Test
    void russianIsNotEnglishLeftAsItWas() throws IOException {
        Properties english = load("admin.properties");
        Properties russian = load("admin_ru.properties");
        List<String> untranslated = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            if (en.chars().anyMatch(Character::isLetter) && en.equals(russian.getProperty(key))
                    && !SAME_IN_RUSSIAN.contains(en)) {
                untranslated.add(key + "=" + en);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    /**
     * A text a page shows as written (#{t['key']} outside h:outputFormat, and never read by the Java code) keeps its
     * apostrophes single: a doubled one would show doubled ("the period''s sales").
     */
    @Test
    void textsPagesShowAsWrittenHaveSingleApostrophes() throws IOException {
        java.util.regex.Pattern raw = java.util.regex.Pattern.compile("#\\{t\\['([a-zA-Z0-9_.]+)'\\]\\}");
        Set<String> shownAsWritten = new TreeSet<>();
        Set<String> formatted = new TreeSet<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/webapp"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                for (String line : java.nio.file.Files.readAllLines(file)) {
                    var keys = raw.matcher(line);
                    while (keys.find()) {
                        (line.contains("outputFormat") ? formatted : shownAsWritten).add(keys.group(1));
                    }
                }
            }
        }
        String code;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            StringBuilder all = new StringBuilder();
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(java.nio.file.Files.readString(file));
            }
            code = all.toString();
        }
        assertThat(shownAsWritten).contains("figures.points.definition");
        for (String file : List.of("admin.properties", "admin_ru.properties")) {
            Properties texts = load(file);
            for (String key : shownAsWritten) {
                if (!formatted.contains(key) && !code.contains("\"" + key + "\"") && texts.getProperty(key) != null) {
                    assertThat(texts.getProperty(key)).as(file + ": " + key).doesNotContain("''");
                }
            }
        }
    }

    @Test
    void everyTextIsAPatternThatParses() throws IOException {
        for (String file : List.of("admin.properties", "admin_ru.properties")) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                assertThatCode(() -> new MessageFormat(texts.getProperty(key), Locale.ENGLISH))
                        .as(file + ": " + key).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aRefusalIsEnglishForLogsAndInTheReadersLanguageForTheAdmin() {
        Problem problem = new Problem("staff.error.hasAccount", "olga@example.org");
        assertThat(problem.getMessage()).isEqualTo("olga@example.org already has an account");
        assertThat(problem.in(Locale.forLanguageTag("ru")))
                .isEqualTo("На адрес olga@example.org уже есть учётная запись");
        assertThat(new Problem("staff.error.onlyOwner.takeRole").getMessage())
                .isEqualTo("You cannot take the owner's role from the only active owner; make someone else an owner"
                        + " first");
        Problem moved = new Problem("campaign.error.move.PAUSED", new Problem.Key("campaign.status.ENDED"));
        assertThat(moved.getMessage()).isEqualTo("A campaign that is ended cannot be paused");
        assertThat(moved.in(Locale.forLanguageTag("ru"))).isEqualTo("Кампанию со статусом «завершена» нельзя"
                + " приостановить");
    }

    @Test
    void countsKeepTheirEnglishWordingAndDigits() {
        assertThat(Problem.text(Locale.ENGLISH, "points.bonuses", 1)).isEqualTo("1 inviter bonus granted.");
        assertThat(Problem.text(Locale.ENGLISH, "points.bonuses", 1200)).isEqualTo("1200 inviter bonuses granted.");
        assertThat(Problem.text(Locale.ENGLISH, "campaign.audience", 1234L, "2026-12-01"))
                .isEqualTo("1,234 customers on 2026-12-01");
        assertThat(Problem.text(Locale.ENGLISH, "form.notVariable", "name", "[balance, firstName]"))
                .isEqualTo("{name} is not a variable; use one of [balance, firstName]");
    }
}

package dev.regulars.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No word of the admin's pages is written into them: every text a member of staff reads comes from the admin's
 * texts ({@code #{t['key']}}), so none can stay English on a Russian page.
 */
class AdminPagesTextTest {

    /** Written as they are in every language: the product's name, and each language's own name in the switch. */
    private static final Set<String> ALLOWED = Set.of("Regulars", "English", "Русский");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*>.*?</script>", Pattern.DOTALL);
    private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*\\}");
    private static final Pattern TEXT = Pattern.compile(">([^<]*)<");
    private static final Pattern TAG = Pattern.compile("<([\\w:]+)([^>]*)>");
    /** Elements whose value is an address or a name for the code, not words. */
    private static final Set<String> NOT_SHOWN = Set.of("ui:param", "f:param", "h:outputLink", "ui:include");
    private static final Pattern SHOWN_ATTRIBUTE = Pattern.compile(
            "\\s(?:value|title|placeholder|pt:placeholder|itemLabel|alt)=\"([^\"]*)\"");

    @Test
    void everyVisibleWordComesFromTheTexts() throws IOException {
        List<String> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml") || f.toString().endsWith(".html"))
                    .toList()) {
                String page = SCRIPT.matcher(COMMENT.matcher(Files.readString(file)).replaceAll("")).replaceAll("");
                collect(file, TEXT.matcher(page), written);
                Matcher tag = TAG.matcher(page);
                while (tag.find()) {
                    if (!NOT_SHOWN.contains(tag.group(1))) {
                        collect(file, SHOWN_ATTRIBUTE.matcher(tag.group(2)), written);
                    }
                }
            }
        }
        assertThat(written).as("words written into the pages instead of #{t['key']}").isEmpty();
    }

    @Test
    void everyTextAPageAsksForIsThere() throws IOException {
        java.util.Properties texts = new java.util.Properties();
        try (var in = AdminPagesTextTest.class.getResourceAsStream(
                "/dev/regulars/server/platform/web/admin.properties")) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Pattern asked = Pattern.compile("t\\['([\\w.]+)'\\]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher key = asked.matcher(Files.readString(file));
                while (key.find()) {
                    if (!texts.containsKey(key.group(1))) {
                        missing.add(file.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("keys the pages use that admin.properties lacks").isEmpty();
    }

    private static void collect(Path file, Matcher found, List<String> written) {
        while (found.find()) {
            String text = EXPRESSION.matcher(found.group(1)).replaceAll(" ").strip();
            if (text.chars().anyMatch(Character::isLetter) && !ALLOWED.contains(text)) {
                written.add(file.getFileName() + ": " + text);
            }
        }
    }
}

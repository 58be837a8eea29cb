package dev.regulars.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No word a cashier or customer reads is written into a view: views take their words from {@link TillTexts}, so none
 * stays English on a Russian or Dutch till. Symbols ("+", "-", "+1", "●") may be written as they are.
 */
class ViewTextsTest {

    private static final Path UI = Path.of("src/main/java/dev/regulars/pos/ui");
    /** A control made with its text, or a text, prompt, title or placeholder set, as a literal. */
    private static final Pattern SHOWN = Pattern.compile("(?:new\\s+(?:Label|Button|CheckBox|ToggleButton|RadioButton"
            + "|Tooltip|Text|Tab|MenuItem)|\\.(?:setText|setPromptText|setTitle|setHeaderText|setContentText"
            + "|setPlaceholder|setAccessibleText))\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Any literal that reads as words: two words, or a capitalised word ("Find"); passed through a helper too. */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}\\s+\\p{L}{2,}|\\b\\p{Lu}\\p{Ll}+");

    @Test
    void noViewWritesTheWordsItShows() throws IOException {
        List<String> written = new ArrayList<>();
        for (Path file : screens()) {
            String code = withoutComments(Files.readString(file));
            Matcher shown = SHOWN.matcher(code);
            while (shown.find()) {
                if (shown.group(1).codePoints().anyMatch(Character::isLetter)) {
                    written.add(file.getFileName() + ": " + shown.group());
                }
            }
            Matcher literal = LITERAL.matcher(code);
            while (literal.find()) {
                String text = literal.group(1);
                String before = code.substring(Math.max(0, literal.start() - 60), literal.start());
                // a programmer's message (a bug, never a cashier's screen) may stay English
                boolean forProgrammers = before.contains("requireNonNull(") || before.contains("Exception(");
                if (WORDS.matcher(text).find() && !text.contains("-fx-") && !forProgrammers) {
                    written.add(file.getFileName() + ": \"" + text + "\"");
                }
            }
        }
        assertThat(written).as("words written into views instead of TillTexts.say(key)").isEmpty();
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        assertThat(SHOWN.matcher("Button find = new Button(\"Find\");").find()).isTrue();
        assertThat(SHOWN.matcher("field.setPromptText(\"Customer's phone\");").find()).isTrue();
        assertThat(WORDS.matcher("from the admin").find()).isTrue();
        assertThat(WORDS.matcher("Server").find()).isTrue();
        assertThat(WORDS.matcher("enroll-last-name").find()).isFalse();
        assertThat(WORDS.matcher("customer.phonePrompt").find()).isFalse();
        assertThat(WORDS.matcher("+1").find()).isFalse();
    }

    /** The views, and the windows with their screens' navigation. */
    private static List<Path> screens() throws IOException {
        try (Stream<Path> files = Files.walk(UI)) {
            List<Path> views = files.filter(f -> f.getFileName().toString().endsWith("View.java")
                    || List.of("PosApp.java", "Screens.java", "TillWindow.java", "CustomerDisplayWindow.java")
                    .contains(f.getFileName().toString())).toList();
            assertThat(views).hasSizeGreaterThan(10);
            return views;
        }
    }

    private static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "")
                .replaceAll("(?m)\\s//[^\"\\n]*$", "");
    }
}

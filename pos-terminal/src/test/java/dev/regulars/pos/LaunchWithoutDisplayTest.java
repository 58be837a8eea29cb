package dev.regulars.pos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Starting the window where there is no display: words and exit code 2, not JavaFX's stack trace. */
class LaunchWithoutDisplayTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void noDisplayIsSaidInWordsWithExitCodeTwo() {
        int code = PosLauncher.launchOrExplain(() -> {
            throw new RuntimeException("Exception in Application start method",
                    new UnsupportedOperationException("Unable to open DISPLAY"));
        }, err);
        assertThat(code).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("The till found no display: set DISPLAY or run"
                + " it under a desktop session; for the journal check use --verify-journal" + System.lineSeparator());
    }

    @Test
    void otherFailuresAreNotMistakenForAMissingDisplay() {
        assertThatThrownBy(() -> PosLauncher.launchOrExplain(() -> {
            throw new IllegalStateException("broken");
        }, err)).hasMessage("broken");
        assertThat(PosLauncher.launchOrExplain(() -> { }, err)).isZero();
        assertThat(bytes.size()).isZero();
    }
}

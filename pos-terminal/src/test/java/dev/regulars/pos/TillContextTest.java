package dev.regulars.pos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.StoreDetails;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sync.TillSync;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cashier's language: --language, else the store's receipt language once synced, else the computer's. */
class TillContextTest {

    @TempDir
    Path dir;

    @Test
    void withoutAnOptionTheTillSpeaksItsStoresLanguageOnceTheServerSaidIt() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            TillContext following = new TillContext(journal, new TillSync(journal), TillFixture.CLOCK, null,
                    Runnable::run, Runnable::run);
            assertThat(journal.storeLanguage()).as("pairing alone does not say").isEmpty();
            assertThat(following.locale()).isEqualTo(Locale.getDefault());

            StoreDetails russian = new StoreDetails("Patriarshiye", "Demo Café", null, null, "ru", "Europe/Moscow",
                    "EUR", "NL", "https://regulars.example", null);
            journal.applyChanges(new ChangesPage(11, false, null, List.of(), List.of(), List.of(), List.of(),
                    russian));

            assertThat(following.locale()).isEqualTo(Locale.forLanguageTag("ru"));
            assertThat(TillFixture.context(journal, "nl").locale()).as("--language wins")
                    .isEqualTo(Locale.forLanguageTag("nl"));
        }
    }

    @Test
    void theLanguageOptionIsOneTheTillHasWordsFor() {
        assertThat(PosLauncher.language(null)).isNull();
        assertThat(PosLauncher.language("NL")).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(PosLauncher.parse(new String[] {"--language", "ru"})).containsEntry("language", "ru");
        // --name=value as well as --name value; a mistyped option is not silently ignored
        assertThat(PosLauncher.parse(new String[] {"--paper=58mm", "--printer", "/dev/usb/lp0", "--nfc"}))
                .containsEntry("paper", "58mm").containsEntry("printer", "/dev/usb/lp0").containsEntry("nfc", "true");
        assertThatThrownBy(() -> PosLauncher.parse(new String[] {"--papper", "58"}))
                .hasMessageStartingWith("--papper is not an option of the till; it has --data-dir, --language,"
                        + " --expect-head, --server");
        assertThatThrownBy(() -> PosLauncher.parse(new String[] {"--nfc=yes"})).hasMessage("--nfc takes no value");
        assertThatThrownBy(() -> PosLauncher.parse(new String[] {"--paper"})).hasMessage("--paper needs a value");
        assertThatThrownBy(() -> PosLauncher.parse(new String[] {"--windowed", "yes"}))
                .hasMessage("--windowed takes no value");
        assertThatThrownBy(() -> PosLauncher.parse(new String[] {"--paper", "58", "--paper", "80"}))
                .hasMessage("--paper is given twice: give it once");
        assertThatThrownBy(() -> PosLauncher.parse(new String[] {"--expect-head=abcd"}))
                .hasMessageStartingWith("--expect-head is the head --verify-journal looks for: give both");
        assertThatThrownBy(() -> PosLauncher.language("")).hasMessage("--language needs en, ru or nl");
        assertThatThrownBy(() -> dev.regulars.pos.ui.TillOptions.of(PosLauncher.parse(new String[] {"--printer="}),
                java.time.Duration.ofSeconds(30))).hasMessage("--printer needs a value that is not blank");
        assertThatThrownBy(() -> PosLauncher.language("de"))
                .hasMessage("--language is one of en, ru, nl, not de");
    }
}

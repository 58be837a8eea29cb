package dev.regulars.pos.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.CashierRecord;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginViewModelTest {

    @TempDir
    Path dir;

    @Test
    void logsInWithTheRightPinOnlyAndNeverKeepsThePin() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            AtomicReference<CashierRecord> loggedIn = new AtomicReference<>();
            LoginViewModel model = new LoginViewModel(journal, loggedIn::set);
            assertThat(model.storeNameProperty().get()).isEqualTo("Demo Café · Canal Street");

            for (int d : new int[] {4, 3, 2, 1}) {
                model.digit(d);
            }
            model.login();
            assertThat(loggedIn.get()).isNull();
            assertThat(model.messageProperty().get()).isEqualTo("Wrong PIN");
            assertThat(model.pinProperty().get()).isEmpty();

            model.digit(1);
            model.login();
            assertThat(model.messageProperty().get()).isEqualTo("A PIN has at least 4 digits");

            for (int d : new int[] {1, 2, 3, 4}) {
                model.digit(d);
            }
            model.login();
            assertThat(loggedIn.get().name()).isEqualTo("Anna");
            assertThat(model.pinProperty().get()).isEmpty();
        }
    }
}

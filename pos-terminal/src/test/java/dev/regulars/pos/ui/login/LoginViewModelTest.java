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
            LoginViewModel model = new LoginViewModel(TillFixture.context(journal), loggedIn::set);
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

    @Test
    void tellsADutchCashierInDutch() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            AtomicReference<CashierRecord> loggedIn = new AtomicReference<>();
            LoginViewModel model = new LoginViewModel(TillFixture.context(journal, "nl"), loggedIn::set);

            for (int d : new int[] {4, 3, 2, 1}) {
                model.digit(d);
            }
            model.login();
            assertThat(model.messageProperty().get()).isEqualTo("Verkeerde pincode");

            model.digit(1);
            model.login();
            assertThat(model.messageProperty().get()).isEqualTo("Een pincode heeft minstens 4 cijfers");
            assertThat(model.words().say("login.pin")).isEqualTo("Pincode medewerker");
            assertThat(loggedIn.get()).isNull();
        }
    }

    @Test
    void aTillWithoutTheProgramsRulesSaysSoInsteadOfOpeningTheSale() {
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            journal.saveIdentity(new dev.regulars.pos.journal.TillIdentity("http://127.0.0.1:9",
                    java.util.UUID.randomUUID(), "token", "Demo Café", "Canal Street", "EUR", "NL",
                    "Europe/Amsterdam", TillFixture.PHONE_KEY));
            journal.applyChanges(new dev.regulars.core.sync.ChangesPage(1, false, null, java.util.List.of(),
                    java.util.List.of(), java.util.List.of(new CashierRecord(java.util.UUID.randomUUID(), "Anna",
                    dev.regulars.core.security.PinHasher.hash("1234")))));
            AtomicReference<CashierRecord> loggedIn = new AtomicReference<>();
            LoginViewModel model = new LoginViewModel(TillFixture.context(journal, "ru"), loggedIn::set);

            for (int d : new int[] {1, 2, 3, 4}) {
                model.digit(d);
            }
            model.login();

            assertThat(loggedIn.get()).isNull();
            assertThat(model.messageProperty().get()).isEqualTo(
                    "На кассе ещё нет правил программы лояльности: хотя бы раз подключите её к серверу");
        }
    }

    @Test
    void fiveWrongPinsLockTheLoginAndAManagersPinTriedForAnApprovalCountsToo() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            var clock = new dev.regulars.pos.MovingClock();
            var till = new dev.regulars.pos.TillContext(journal, new dev.regulars.pos.sync.TillSync(journal), clock,
                    java.util.Locale.US, Runnable::run, Runnable::run);
            AtomicReference<CashierRecord> loggedIn = new AtomicReference<>();
            LoginViewModel model = new LoginViewModel(till, loggedIn::set);
            for (int i = 0; i < 3; i++) {
                type(model, "4321");
                assertThat(model.messageProperty().get()).isEqualTo("Wrong PIN");
            }
            var sale = new dev.regulars.pos.ui.sale.SaleViewModel(till, () -> { });
            sale.add(sale.catalog().stream().filter(i -> i.modifierGroups().isEmpty()).findFirst().orElseThrow());
            sale.check().discountInputProperty().set("50%");
            sale.check().discountCheck();
            sale.check().approve("1234"); // a cashier's PIN is not a manager's
            assertThat(sale.errorMessageProperty().get()).isEqualTo("That is not a manager's PIN");
            sale.check().approve("0000");
            assertThat(sale.errorMessageProperty().get()).isEqualTo("Too many wrong PINs: try again in 30 s");

            type(model, "1234");
            assertThat(loggedIn.get()).isNull();
            assertThat(model.messageProperty().get()).isEqualTo("Too many wrong PINs: try again in 30 s");
            clock.pass(java.time.Duration.ofSeconds(30));
            type(model, "1234");
            assertThat(loggedIn.get().name()).isEqualTo("Anna");
        }
    }

    private static void type(LoginViewModel model, String pin) {
        pin.chars().forEach(c -> model.digit(c - '0'));
        model.login();
    }
}

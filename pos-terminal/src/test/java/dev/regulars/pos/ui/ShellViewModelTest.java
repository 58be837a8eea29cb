package dev.regulars.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sync.BackgroundSync.SyncResult;
import dev.regulars.pos.sync.SyncException;
import dev.regulars.pos.sync.SyncReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    @TempDir
    Path dir;

    @Test
    void saysWhetherTheServerHasEverySaleAndOffersToPairAgainWhenTheTokenIsRefused() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            ShellViewModel shell = new ShellViewModel(TillFixture.context(journal));
            assertThat(shell.titleProperty().get()).isEqualTo("Demo Café · Canal Street");

            shell.syncFinished(new SyncResult(SyncReport.NOTHING, null));
            assertThat(shell.syncStatusProperty().get()).isEqualTo("Synced 10:30 · all sales on the server");
            assertThat(shell.pairAgainProperty().get()).isFalse();

            shell.syncFinished(new SyncResult(null, new SyncException(0, "no answer", null)));
            assertThat(shell.syncStatusProperty().get()).isEqualTo("Offline · all sales on the server");
            assertThat(shell.pairAgainProperty().get()).isFalse();

            shell.syncFinished(new SyncResult(null,
                    new SyncException(403, "This till was revoked in the admin; pair it again to sync", null)));
            assertThat(shell.syncStatusProperty().get()).isEqualTo(
                    "Sync problem: this till was revoked: pair it again · all sales on the server");
            assertThat(shell.syncDetailsProperty().get()).endsWith(
                    "\nThis till was revoked in the admin; pair it again to sync");
            assertThat(shell.pairAgainProperty().get()).isTrue();

            shell.nfcStatus("READY", "NFC reader ready: ACS ACR122U");
            assertThat(shell.nfcProperty().get()).isEqualTo("NFC ready");
            assertThat(shell.nfcDetailsProperty().get()).isEqualTo("NFC reader ready: ACS ACR122U");
        }
    }

    @Test
    void aSyncThatBringsNewStoreDetailsRenamesTheBarAndSaysSo() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            ShellViewModel shell = new ShellViewModel(TillFixture.context(journal));
            assertThat(shell.storeProperty().get()).isEqualTo(TillFixture.STORE);
            java.util.List<dev.regulars.core.sync.StoreDetails> seen = new java.util.ArrayList<>();
            shell.storeProperty().addListener((obs, was, now) -> seen.add(now));

            shell.syncFinished(new SyncResult(SyncReport.NOTHING, null));
            assertThat(seen).as("nothing new: the screens are not made again").isEmpty();

            var renamed = new dev.regulars.core.sync.StoreDetails("Herengracht", "Demo Café", "Herengracht 1",
                    "NL001234567B01", "nl", "Europe/Amsterdam", "EUR", "NL", "https://regulars.example", "Dank!");
            journal.applyChanges(new dev.regulars.core.sync.ChangesPage(12, false, null, java.util.List.of(),
                    java.util.List.of(), java.util.List.of(), java.util.List.of(), renamed));
            shell.syncFinished(new SyncResult(SyncReport.NOTHING, null));
            assertThat(seen).containsExactly(renamed);
            assertThat(shell.titleProperty().get()).isEqualTo("Demo Café · Herengracht");
        }
    }

    @Test
    void speaksRussianToARussianCashierWithoutWrongPlurals() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            ShellViewModel shell = new ShellViewModel(TillFixture.context(journal, "ru"));

            shell.syncFinished(new SyncResult(SyncReport.NOTHING, null));
            assertThat(shell.syncStatusProperty().get()).isEqualTo("Синхронизировано в 10:30 · все продажи на сервере");

            shell.syncFinished(new SyncResult(null, new SyncException(0, "no answer", null)));
            assertThat(shell.syncStatusProperty().get()).isEqualTo("Нет связи с сервером · все продажи на сервере");

            // the server's English goes to the tooltip only; the bar says it in Russian
            shell.syncFinished(new SyncResult(null,
                    new SyncException(401, "This till token is not known; pair the till again", null)));
            assertThat(shell.syncStatusProperty().get()).isEqualTo(
                    "Ошибка синхронизации: сервер не знает эту кассу: подключите её заново · все продажи на сервере");
            assertThat(shell.syncDetailsProperty().get())
                    .endsWith("\nThis till token is not known; pair the till again");

            shell.nfcStatus("NO_READER", "No NFC reader is connected");
            assertThat(shell.nfcProperty().get()).isEqualTo("Нет NFC-считывателя");
            shell.nfcStatus("CARD_ERROR", "The card did not give its number");
            assertThat(shell.nfcProperty().get()).isEqualTo("Карта не прочитана: приложите её ещё раз");
            assertThat(shell.nfcDetailsProperty().get()).isEqualTo("The card did not give its number");
            assertThat(shell.words().say("sync.waiting", 3)).isEqualTo("не отправлено продаж: 3");
        }
    }

    @Test
    void aSaleJournalledWhileOfflineIsCountedAtOnceNotAfterTheNextRound() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            var till = TillFixture.context(journal);
            ShellViewModel shell = new ShellViewModel(till);
            shell.syncFinished(new SyncResult(null, new SyncException(0, "no answer", null)));
            assertThat(shell.syncStatusProperty().get()).isEqualTo("Offline · all sales on the server");

            till.checkout().payCash(java.util.List.of(new dev.regulars.core.pricing.CheckLine("CROISSANT",
                    "Croissant", 1, 290)), new dev.regulars.pos.sale.CustomerAtTill.Anonymous(), 0, 500);
            shell.saleJournalled();
            assertThat(shell.syncStatusProperty().get()).isEqualTo("Offline · 1 sale waiting");
        }
    }

    @Test
    void countsTheSalesWaitingInEachLanguage() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            TillTexts english = new ShellViewModel(TillFixture.context(journal)).words();
            TillTexts dutch = new ShellViewModel(TillFixture.context(journal, "nl")).words();

            assertThat(english.say("sync.waiting", 1)).isEqualTo("1 sale waiting");
            assertThat(english.say("sync.waiting", 2)).isEqualTo("2 sales waiting");
            assertThat(english.say("sync.refused", english.say("sync.waiting", 2), 1))
                    .isEqualTo("2 sales waiting (1 refused: ask a manager)");
            assertThat(dutch.say("sync.waiting", 1)).isEqualTo("1 verkoop wacht");
            assertThat(dutch.say("sync.waiting", 4)).isEqualTo("4 verkopen wachten");
        }
    }
}

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
            ShellViewModel shell = new ShellViewModel(journal, TillFixture.CLOCK, Runnable::run);
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
                    "Sync problem: This till was revoked in the admin; pair it again to sync · all sales on the server");
            assertThat(shell.pairAgainProperty().get()).isTrue();
        }
    }
}

package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.devstack.PayaraMicroServer;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.CachedCustomer;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.Cart;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sync.SyncException;
import dev.regulars.pos.sync.TillSync;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server dies (SIGKILL) while a till pushes its backlog, and comes back: every sale reaches it exactly once.
 * A Payara Micro of its own (not Arquillian's), so the test can kill it.
 */
@ExtendWith(TestDatabase.class)
class ServerRestartIT {

    @TempDir
    Path tillDir;

    @Test
    void aServerKilledInTheMiddleOfABacklogLosesNothingAndCountsNothingTwice() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path war = Path.of(System.getProperty("regulars.war"));
        Path micro = Path.of(System.getProperty("payara.microJar"));
        Map<String, String> config = TestDatabase.serverProperties();
        Path work = Path.of(System.getProperty("regulars.it.dir", "target/it")).resolve("restart");

        PayaraMicroServer server = PayaraMicroServer.start(micro, war, port, config, work);
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            server.awaitHealthy(Duration.ofMinutes(4));
            TillSync sync = new TillSync(journal);
            String terminalId = sync.pair(server.baseUrl(), ServerFixture.issuePairingCode(), "Restart till")
                    .terminalId().toString();
            TillContext till = new TillContext(journal, sync, Clock.systemUTC(), Locale.US, Runnable::run,
                    Runnable::run);
            var phone = till.customerLookup().normalize("06 1234 5678");
            CachedCustomer eva = till.customerLookup().find(phone).orElseThrow();
            long evaBefore = ServerFixture.ledgerSum(eva.customerId());
            // a long day offline: 2,000 sales for Eva
            for (int i = 0; i < 2_000; i++) {
                Cart cart = new Cart();
                cart.add(journal.catalog().stream().filter(c -> c.sku().equals("ESPRESSO")).findFirst().orElseThrow());
                till.checkout().payCash(cart.lines(), new CustomerAtTill.Known(phone,
                        till.customerLookup().hashOf(phone), eva), 0, 240);
            }
            long salesBefore = ServerFixture.count("SELECT COUNT(*) FROM sale");

            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<?> pushing = pool.submit(() -> {
                try {
                    sync.syncOnce();
                } catch (SyncException offline) {
                    // expected: the server went away under the till
                }
                return null;
            });
            while (ServerFixture.count("SELECT COUNT(*) FROM sale") == salesBefore && !pushing.isDone()) {
                Thread.sleep(20);
            }
            server.kill();
            pushing.get(60, TimeUnit.SECONDS);
            pool.shutdown();
            long arrived = ServerFixture.count("SELECT COUNT(*) FROM sale") - salesBefore;
            assertThat(arrived).as("part of the backlog arrived before the kill").isBetween(1L, 1_999L);
            assertThat(journal.unsettledCount()).isPositive();

            server = PayaraMicroServer.start(micro, war, port, config, work);
            server.awaitHealthy(Duration.ofMinutes(4));
            sync.syncOnce();

            assertThat(journal.unsettledCount()).isZero();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale") - salesBefore).isEqualTo(2_000);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE terminal_id = ?", terminalId))
                    .isEqualTo(2_000);
            // the server's figures (Eva climbs tiers during the day) are what the ledger holds, once per sale
            long earnedOnServer = ServerFixture.count("SELECT SUM(points_earned) FROM sale WHERE terminal_id = ?",
                    terminalId);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry e JOIN sale s ON s.id = e.sale_id"
                    + " WHERE s.terminal_id = ?", terminalId)).isEqualTo(2_000);
            assertThat(ServerFixture.ledgerSum(eva.customerId())).isEqualTo(evaBefore + earnedOnServer);
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        } finally {
            server.close();
        }
    }
}

package dev.regulars.pos.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.regulars.core.security.PinHasher;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.CustomerCacheRow;
import dev.regulars.core.sync.PairingResponse;
import dev.regulars.core.sync.WireJson;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairing on a server whose customers take two pages of changes. */
class TillSyncTest {

    @TempDir
    Path dir;
    private HttpServer server;
    private String url;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/terminals/pair", exchange -> answer(exchange, new PairingResponse(
                UUID.randomUUID(), "token", "Demo Café", "Canal Street", "EUR", "NL", "Europe/Amsterdam",
                TillFixture.PHONE_KEY)));
        server.createContext("/api/v1/sync/changes", exchange -> answer(exchange,
                exchange.getRequestURI().getQuery().startsWith("since=0&")
                        ? new ChangesPage(5, true, TillFixture.RULES, List.of(customer("first")),
                        List.of(new CatalogItem("FLAT-WHITE", "Flat white", "Coffee", 380)),
                        List.of(new CashierRecord(UUID.randomUUID(), "Anna", PinHasher.hash("1234"))))
                        : new ChangesPage(9, false, TillFixture.RULES, List.of(customer("second")), List.of(),
                        List.of())));
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void pairingForTheScreenTakesTheFirstPageAndTheNextRoundTheRest() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            TillSync sync = new TillSync(journal);

            sync.pairWithFirstPage(url, "CODE", "Front");

            // enough to log in and sell: rules, catalog, cashiers and the first page's customers
            assertThat(journal.rules()).isPresent();
            assertThat(journal.catalog()).hasSize(1);
            assertThat(journal.cashiers()).extracting(CashierRecord::name).containsExactly("Anna");
            assertThat(journal.customers().byPhoneHmac("first")).isPresent();
            assertThat(journal.customers().byPhoneHmac("second")).isEmpty();
            assertThat(journal.cursor()).isEqualTo(5);

            assertThat(sync.syncOnce().customersRefreshed()).isEqualTo(1);
            assertThat(journal.customers().byPhoneHmac("second")).isPresent();
            assertThat(journal.cursor()).isEqualTo(9);
        }
    }

    @Test
    void pairingTakesEveryPage() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            new TillSync(journal).pair(url, "CODE", "Front");

            assertThat(journal.customers().byPhoneHmac("second")).isPresent();
            assertThat(journal.cursor()).isEqualTo(9);
        }
    }

    private static CustomerCacheRow customer(String phoneHmac) {
        return new CustomerCacheRow(UUID.randomUUID(), phoneHmac, "Eva", 100, "Member", false, List.of());
    }

    private static void answer(HttpExchange exchange, Object body) throws IOException {
        byte[] json = WireJson.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, json.length);
        try (var out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}

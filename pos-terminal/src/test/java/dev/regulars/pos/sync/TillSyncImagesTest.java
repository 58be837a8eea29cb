package dev.regulars.pos.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.WireJson;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.TillIdentity;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures come after the changes, against a small HTTP server of the test: one the server cannot give now is not a
 * failed sync and is fetched at the next one; one the server does not have is skipped, the others still come.
 */
class TillSyncImagesTest {

    private static final byte[] LATTE_PICTURE = "latte, as a picture".getBytes(StandardCharsets.UTF_8);
    private static final String LATTE_SHA = sha256(LATTE_PICTURE);
    private static final String GONE_SHA = sha256("a picture the server lost".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;
    private HttpServer server;
    private final AtomicInteger latteAsked = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/sync/changes", exchange -> answer(exchange, 200, "application/json",
                WireJson.mapper().writeValueAsBytes(new ChangesPage(20, false, null, List.of(), List.of(
                        new CatalogItem("LATTE", "Caffè latte", "Coffee", 390, BasisPoints.percent(9), null,
                                LATTE_SHA, List.of(), true, 1),
                        new CatalogItem("CAKE", "Cheesecake", "Bakery", 450, BasisPoints.percent(9), null, GONE_SHA,
                                List.of(), true, 1)), List.of()))));
        server.createContext("/api/v1/sync/catalog-images/", exchange -> {
            String sha = exchange.getRequestURI().getPath().replaceAll(".*/", "");
            if (!exchange.getRequestHeaders().getFirst("Authorization").equals("Bearer token")) {
                answer(exchange, 401, "application/json", error("unauthorized"));
            } else if (sha.equals(LATTE_SHA) && latteAsked.getAndIncrement() == 0) {
                answer(exchange, 503, "application/json", error("unavailable"));
            } else if (sha.equals(LATTE_SHA)) {
                answer(exchange, 200, "image/png", LATTE_PICTURE);
            } else {
                answer(exchange, 404, "application/json", error("unknown_image"));
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void aPictureThatCannotBeFetchedNowComesWithTheNextSync() throws Exception {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            TillIdentity fixture = journal.identity().orElseThrow();
            journal.saveIdentity(new TillIdentity("http://127.0.0.1:" + server.getAddress().getPort(),
                    fixture.terminalId(), "token", fixture.businessName(), fixture.storeName(), fixture.currency(),
                    fixture.phoneRegion(), fixture.zoneId(), fixture.phoneHashKey()));
            TillSync sync = new TillSync(journal);

            sync.syncOnce(); // the server is busy: no picture, and the sync is not a failure
            assertThat(journal.cursor()).isEqualTo(20);
            assertThat(journal.missingImages(10)).containsExactlyInAnyOrder(LATTE_SHA, GONE_SHA);

            sync.syncOnce();
            assertThat(journal.image(LATTE_SHA)).hasValueSatisfying(b -> assertThat(b).isEqualTo(LATTE_PICTURE));
            assertThat(journal.missingImages(10)).containsExactly(GONE_SHA);
            assertThat(journal.itemsIn("Coffee")).extracting(CatalogItem::imageSha256).contains(LATTE_SHA);
        }
    }

    private static byte[] error(String code) {
        return ("{\"error\":\"" + code + "\",\"message\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

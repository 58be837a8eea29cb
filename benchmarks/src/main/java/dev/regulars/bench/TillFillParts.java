package dev.regulars.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.WireJson;
import dev.regulars.devstack.PayaraMicroServer;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.TillIdentity;
import dev.regulars.pos.sync.TillSync;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a first fill's time goes, each part measured alone on the benchmark server's million (not a BENCHMARKS.md
 * row: {@code benchmarks/till.sh --only fill-parts} prints them): MariaDB reading the pages' customers by change
 * number over JDBC (the columns the change feed reads); the server answering every page (JPA, JSON, HTTP) read as bytes; the till's Jackson turning
 * those bytes into pages; the journal writing the pages with nobody else at the till.
 */
final class TillFillParts {

    private TillFillParts() {
    }

    static void run(Connection db, PayaraMicroServer server, int pageSize) throws Exception {
        String business = Business.load(db).id();
        System.out.printf("mariadb: customer pages of %d by change number over JDBC: %.1f s%n", pageSize,
                mariadbPages(db, business, pageSize));
        Path file = TillBenchmark.WORK.resolve("parts").resolve("journal.db");
        BenchDatabase.delete(file.getParent());
        TillIdentity till;
        try (Journal journal = Journal.open(file)) {
            till = new TillSync(journal).pairWithFirstPage(server.baseUrl(), SyncIngestBenchmark.pairingCode(db,
                    Business.load(db).storeId()), "Parts till");
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<byte[]> bodies = new ArrayList<>();
        long cursor = 0;
        long start = System.nanoTime();
        long parseNanos = 0;
        ObjectMapper json = WireJson.mapper();
        List<ChangesPage> pages = new ArrayList<>();
        long bytes = 0;
        while (true) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(till.serverUrl().replaceAll("/+$", "")
                            + "/api/v1/sync/changes?since=" + cursor + "&limit=" + pageSize))
                    .header("Authorization", "Bearer " + till.token()).GET().build();
            byte[] body = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
            bytes += body.length;
            long parsing = System.nanoTime();
            ChangesPage page = json.readValue(body, ChangesPage.class);
            parseNanos += System.nanoTime() - parsing;
            pages.add(page);
            cursor = page.cursor();
            if (!page.hasMore()) {
                break;
            }
        }
        double fetch = (System.nanoTime() - start - parseNanos) / 1e9;
        System.out.printf("server: %d pages (%.0f MB of JSON) answered in %.1f s (query, JPA, JSON, HTTP)%n",
                pages.size(), bytes / 1e6, fetch);
        System.out.printf("till: Jackson read the pages in %.1f s%n", parseNanos / 1e9);
        BenchDatabase.delete(file.getParent());
        try (Journal journal = Journal.open(file)) {
            long writing = System.nanoTime();
            for (ChangesPage page : pages) {
                journal.applyChanges(page);
            }
            System.out.printf("till: the journal wrote %d pages in %.1f s (no cashier)%n", pages.size(),
                    (System.nanoTime() - writing) / 1e9);
        }
        System.out.printf("customers written: %d%n", TillCacheFill.cached(file));
    }

    private static double mariadbPages(Connection db, String business, int pageSize) throws Exception {
        long start = System.nanoTime();
        long cursor = 0;
        // the columns the change feed reads (ChangeFeed.Listed), all in its index (V33)
        try (PreparedStatement ps = db.prepareStatement("SELECT id, phone_hmac, first_name, points_balance, tier,"
                + " referral_discount_due, merged_into, change_seq, erased_at FROM customer WHERE business_id = ?"
                + " AND change_seq > ? ORDER BY change_seq LIMIT ?")) {
            while (true) {
                ps.setString(1, business);
                ps.setLong(2, cursor);
                ps.setInt(3, pageSize + 1);
                int rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (++rows <= pageSize) {
                            cursor = rs.getLong("change_seq");
                        }
                    }
                }
                if (rows <= pageSize) {
                    return (System.nanoTime() - start) / 1e9;
                }
            }
        }
    }
}

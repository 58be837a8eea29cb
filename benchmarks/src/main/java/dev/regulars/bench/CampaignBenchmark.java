package dev.regulars.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.regulars.devstack.MariaDbServer;
import dev.regulars.server.campaigns.AudienceQuery;
import dev.regulars.server.campaigns.AudienceRule;
import dev.regulars.server.campaigns.CampaignKind;
import dev.regulars.server.campaigns.Segment;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Campaign audiences over the seeded million customers, and e-mail dispatch through the server's outbox into a
 * local SMTP server against a plain Jakarta Mail loop into the same server, in the same run. Writes BENCHMARKS.md.
 *
 * <pre>benchmarks/campaigns.sh [--customers 1000000] [--repeats 5] [--messages 20000] [--dispatch-only true]</pre>
 *
 * Uses the seeded million of {@code benchmarks/run.sh} (.bench-data/, seeded first if missing); gives the customers
 * birthdays and visit histories (one UPDATE, deterministic by customer id) on the run's copy.
 */
public final class CampaignBenchmark {

    /** The command as run, with its options, for the rows' command column. */
    private static String command = "benchmarks/campaigns.sh";
    /** The test SMTP server's mailboxes the e-mails go to (see {@link #dispatch}). */
    private static final int MAILBOXES = 100;

    private CampaignBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = SyncIngestBenchmark.options(args);
        command = String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of(command),
                java.util.Arrays.stream(args)).toList());
        int customers = Integer.parseInt(o.getOrDefault("customers", "1000000"));
        int repeats = Integer.parseInt(o.getOrDefault("repeats", "5"));
        int messages = Integer.parseInt(o.getOrDefault("messages", "20000"));
        SyncIngestBenchmark.ensureSeeded(o, customers);
        int smtpPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (MariaDbServer mariadb = BenchDatabase.startSeededCopy(customers)) {
            SyncIngestBenchmark.withServer(mariadb, o, Map.of("regulars.smtp.host", "127.0.0.1",
                    "regulars.smtp.port", String.valueOf(smtpPort),
                    "regulars.messaging.email-per-second", "1000000"), (db, server) -> {
                long pool = BufferPool.atLeast(db, BufferPool.BENCH_BYTES);
                try {
                    List<String[]> rows = new ArrayList<>();
                    if (!o.containsKey("dispatch-only")) {
                        rows.addAll(audiences(db, customers, repeats));
                    }
                    // GreenMail's receiving code and the server's sending code are compiled first (C2), as they would
                    // be on a server that has been sending for days: a round of each, not measured
                    dispatch(db, smtp, smtpPort, messages / 4, "warm:");
                    // three rounds, dispatcher and loop back to back in each: the machine's 2 cores are shared by
                    // GreenMail, the server and MariaDB, and one round of each varied by a tenth from run to run
                    List<double[]> rounds = new ArrayList<>();
                    for (int round = 1; round <= DISPATCH_ROUNDS; round++) {
                        rounds.add(dispatch(db, smtp, smtpPort, messages, "bench" + round + ":"));
                    }
                    rows.addAll(dispatchRows(rounds, messages));
                    BenchmarksFile.update(Path.of("BENCHMARKS.md"), rows);
                    rows.forEach(r -> System.out.println(String.join(" | ", r)));
                } finally {
                    BufferPool.restore(db, pool);
                }
                return null;
            });
        } finally {
            smtp.stop();
        }
    }

    /** Birthdays, visits (1-30), last visit within a year, a week between visits, 4.50 a visit, by customer id. */
    private static void profile(Connection db) throws SQLException {
        long start = System.nanoTime();
        try (Statement st = db.createStatement()) {
            int n = st.executeUpdate("UPDATE customer SET birthday_month = 1 + CRC32(id) % 12,"
                    + " birthday_day = 1 + (CRC32(id) DIV 12) % 28, visits = 1 + (CRC32(id) DIV 400) % 30,"
                    + " last_visit_at = NOW(6) - INTERVAL ((CRC32(id) DIV 13) % 365) DAY,"
                    + " first_visit_at = NOW(6) - INTERVAL ((CRC32(id) DIV 13) % 365 + 7 * ((CRC32(id) DIV 400) % 30))"
                    + " DAY, total_spend_minor = 450 * (1 + (CRC32(id) DIV 400) % 30) WHERE birthday_month IS NULL");
            st.execute("ANALYZE TABLE customer");
            System.out.printf("gave %d customers birthdays and visits in %.1f s%n", n,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private static final int DISPATCH_ROUNDS = 3;

    private static List<String[]> audiences(Connection db, int customers, int repeats) throws Exception {
        profile(db);
        System.out.printf("buffer pool warmed in %.1f s%n", BufferPool.warm(db));
        String businessId = Business.load(db).id();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        AudienceRule birthday = new AudienceRule(businessId, UUID.randomUUID().toString(), CampaignKind.BIRTHDAY, 3,
                null, null, Segment.EVERYONE);
        // no visit for 45 days or for three times their usual interval, two visits at least; a saved campaign
        // also leaves out whom it treated since their last visit
        AudienceRule winback = new AudienceRule(businessId, UUID.randomUUID().toString(), CampaignKind.WINBACK, 0, 45,
                30_000, new Segment(2, null, null, null, null, null, null, null, List.of(), null, null, null, null,
                null));
        List<String[]> rows = new ArrayList<>();
        for (var entry : List.of(Map.entry("birthday", birthday), Map.entry("winback", winback))) {
            AudienceRule rule = entry.getValue();
            Timing count = time(repeats, () -> count(db, rule, today));
            Timing read = time(repeats, () -> readInChunks(db, rule, today));
            String what = customers + " customers, median of " + repeats;
            System.out.printf("%s: count %.2f s, read in chunks %.2f s, %d customers%n", entry.getKey(),
                    count.median(), read.median(), count.size());
            rows.add(new String[] {"campaign-audience-1m-" + entry.getKey(), fmt(count.median()), "s",
                    "the whole audience read as a run does (500 a chunk): " + fmt(read.median()) + " s",
                    command + " (the editor's live count of " + count.size() + " customers, " + what + ")"});
        }
        return rows;
    }

    private record Timing(double median, long size) {
    }

    private interface Measured {
        long run() throws Exception;
    }

    private static Timing time(int repeats, Measured work) throws Exception {
        double[] seconds = new double[repeats];
        long size = 0;
        work.run(); // once to warm the server's caches
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            size = work.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return new Timing(seconds[repeats / 2], size);
    }

    private static long count(Connection db, AudienceRule rule, LocalDate today) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = AudienceQuery.count(rule, today, Instant.now(), params);
        try (PreparedStatement ps = prepare(db, sql, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long readInChunks(Connection db, AudienceRule rule, LocalDate today) throws SQLException {
        String after = "";
        long read = 0;
        Instant now = Instant.now();
        while (true) {
            List<Object> params = new ArrayList<>();
            String sql = AudienceQuery.chunk(rule, today, now, after, -1, 500, params);
            int n = 0;
            try (PreparedStatement ps = prepare(db, sql, params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    after = rs.getString(1);
                    n++;
                }
            }
            read += n;
            if (n < 500) {
                return read;
            }
        }
    }

    private static PreparedStatement prepare(Connection db, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    /**
     * The server's dispatcher: {@code n} e-mails queued at once in the outbox (customers who agreed to e-mail), timed
     * from its first claim to its last send. Then a plain Jakarta Mail loop, one connection, the same messages.
     */
    /** @return {dispatcher, plain loop} in messages/s, one round */
    private static double[] dispatch(Connection db, GreenMail smtp, int port, int n, String key)
            throws Exception {
        String businessId = Business.load(db).id();
        // GreenMail keeps a mailbox per address and finds it by walking a list, and slows down as its store fills
        // (on this machine 1,650 messages/s to new addresses at first, 710/s once it knows 25,000): the messages
        // go to 100 mailboxes (2,400/s), and each side starts with the store empty
        smtp.purgeEmailFromAllMailboxes();
        try (Statement st = db.createStatement()) {
            st.executeUpdate("INSERT IGNORE INTO customer_consent (customer_id, channel, granted, changed_at, source)"
                    + " SELECT id, 'EMAIL', TRUE, NOW(6), 'bench' FROM customer WHERE business_id = '" + businessId
                    + "' ORDER BY id LIMIT " + n);
            st.executeUpdate("INSERT INTO outbox_message (business_id, customer_id, channel, recipient, language,"
                    + " subject, body, dedupe_key, unsubscribe_token, status, next_attempt_at, created_at)"
                    + " SELECT business_id, id, 'EMAIL', CONCAT('guest-', CRC32(id) % " + MAILBOXES + ", '@example.test'), 'en',"
                    + " 'We miss you', 'Your points are waiting. Coffee is on the house this week.',"
                    + " CONCAT('" + key + "', id), REPLACE(UUID(), '-', ''), 'PENDING', NOW(6), NOW(6) FROM customer"
                    + " WHERE business_id = '" + businessId + "' ORDER BY id LIMIT " + n);
        }
        Instant until = Instant.now().plus(Duration.ofMinutes(10));
        // the first claim, as seen from here: the moment the first messages leave PENDING (looked at every 20 ms)
        Instant first = null;
        while (true) {
            long pending = inOutbox(db, key, "PENDING");
            if (first == null && pending < n) {
                first = Instant.now();
            }
            if (pending == 0 && inOutbox(db, key, "SENDING") == 0) {
                break;
            }
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("the dispatcher did not send the outbox within 10 minutes");
            }
            Thread.sleep(first == null ? 20 : 200);
        }
        long sent = inOutbox(db, key, "SENT");
        if (sent != n || smtp.getReceivedMessages().length != n) {
            throw new IllegalStateException(sent + " of " + n + " sent, " + smtp.getReceivedMessages().length
                    + " received");
        }
        double seconds;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(sent_at)"
                + " FROM outbox_message WHERE dedupe_key LIKE '" + key + "%'")) {
            rs.next();
            Instant last = rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            seconds = Duration.between(first, last).toNanos() / 1e9;
        }
        double dispatcher = n / seconds;
        smtp.purgeEmailFromAllMailboxes();
        double raw = rawLoop(port, n);
        if (smtp.getReceivedMessages().length != n) {
            throw new IllegalStateException("the plain loop's messages did not all arrive");
        }
        System.out.printf("%s dispatcher %.0f messages/s, plain Jakarta Mail loop %.0f messages/s (%.2f)%n", key,
                dispatcher, raw, dispatcher / raw);
        return new double[] {dispatcher, raw};
    }

    /** The medians of the rounds; the ratio is the median of each round's own ratio. */
    private static List<String[]> dispatchRows(List<double[]> rounds, int n) {
        double dispatcher = median(rounds.stream().mapToDouble(r -> r[0]).toArray());
        double raw = median(rounds.stream().mapToDouble(r -> r[1]).toArray());
        double[] ratios = rounds.stream().mapToDouble(r -> r[0] / r[1]).toArray();
        String baseline = "plain Jakarta Mail loop " + Math.round(raw) + " messages/s";
        String what = command + " (" + n + " e-mails into GreenMail on this machine, " + MAILBOXES
                + " mailboxes, from first claim to last send; median of " + rounds.size() + " rounds)";
        String spread = String.format(java.util.Locale.ROOT, "%s; rounds %.2f to %.2f", command,
                java.util.Arrays.stream(ratios).min().orElse(0), java.util.Arrays.stream(ratios).max().orElse(0));
        return List.of(
                new String[] {"dispatch-smtp", String.valueOf(Math.round(dispatcher)), "messages/s", baseline, what},
                new String[] {"dispatch-smtp-ratio-to-raw", String.format(java.util.Locale.ROOT, "%.2f",
                        median(ratios)), "ratio", baseline, spread});
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** The same messages, headers and all, sent over one connection by a loop: what the dispatcher is held to. */
    private static double rawLoop(int port, int n) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(port));
        Session session = Session.getInstance(props);
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < n; i++) {
                MimeMessage mail = new MimeMessage(session);
                mail.setFrom(new InternetAddress("Regulars <no-reply@regulars.invalid>"));
                mail.setRecipients(Message.RecipientType.TO, "guest-" + (i % MAILBOXES) + "@example.test");
                mail.setSubject("We miss you", "UTF-8");
                mail.setText("Your points are waiting. Coffee is on the house this week.\n\nUnsubscribe: "
                        + "http://localhost:8080/u/" + UUID.randomUUID().toString().replace("-", ""), "UTF-8");
                mail.setHeader("Content-Language", "en");
                mail.setHeader("List-Unsubscribe", "<http://localhost:8080/u/x>");
                mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                mail.saveChanges();
                transport.sendMessage(mail, mail.getAllRecipients());
            }
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    /** The benchmark's messages (dedupe keys starting with {@code key}) with this status. */
    private static long inOutbox(Connection db, String key, String status) throws SQLException {
        return CustomerSeeder.count(db, "SELECT COUNT(*) FROM outbox_message WHERE dedupe_key LIKE '" + key + "%'"
                + " AND status = '" + status + "'");
    }

    private static String fmt(double seconds) {
        return String.format(java.util.Locale.ROOT, "%.2f", seconds);
    }
}

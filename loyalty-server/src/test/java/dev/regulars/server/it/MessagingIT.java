package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.regulars.pos.journal.Journal;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox and its dispatcher against a real SMTP server (GreenMail) and a local HTTP SMS gateway that records
 * what it gets: messages arrive in the customer's language with a one-click unsubscribe that works at once, failures
 * are retried, a message claimed by a server that died is not sent again, delivery reports are recorded. Messages
 * are queued as a campaign run will queue them: a row in outbox_message. Phones +31 6 4800 00xx.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class MessagingIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @RegisterExtension
    static final TestSmtp smtp = new TestSmtp();
    private static HttpServer gateway;
    private static final List<Map<String, String>> SMS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger GATEWAY_STATUS = new AtomicInteger(200);

    private final URL server = SharedServer.url();
    @TempDir
    Path dir;

    @BeforeAll
    static void startProviders() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", TestDatabase.smsGatewayPort()), 0);
        gateway.createContext("/send", exchange -> {
            SMS.add(Map.of("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                    "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] answer = "{\"accepted\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(GATEWAY_STATUS.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        gateway.start();
    }

    @AfterAll
    static void stopProviders() {
        gateway.stop(0);
    }

    @Test
    void theMessagesPageListsEveryMessageOnceFiftyAPage() throws Exception {
        // 60 messages already sent, queued a second apart, to a business's outbox
        for (int i = 1; i <= 60; i++) {
            ServerFixture.update("INSERT INTO outbox_message (business_id, channel, recipient, language, subject, body,"
                    + " dedupe_key, unsubscribe_token, status, next_attempt_at, created_at, sent_at) SELECT id, 'EMAIL',"
                    + " 'paged@example.test', 'en', 'Paged " + String.format("%02d", i) + "', 'x', 'paged:" + i
                    + "', REPLACE(UUID(), '-', ''), 'SENT', NOW(6), NOW(6) - INTERVAL " + (1000 - i) + " SECOND,"
                    + " NOW(6) FROM business LIMIT 1");
        }
        org.openqa.selenium.chrome.ChromeDriver browser = Browser.start();
        try {
            Browser.logIn(browser, server, "owner@demo.regulars.dev", "regulars-demo");
            browser.get(server + "admin/messages.xhtml");
            java.util.List<String> seen = new java.util.ArrayList<>();
            int pages = 0;
            while (true) {
                var rows = browser.findElements(org.openqa.selenium.By.xpath("//table[@id='latest']/tbody/tr"));
                assertThat(rows.size()).isBetween(1, 50);
                rows.forEach(r -> seen.add(r.getText()));
                pages++;
                var older = browser.findElements(org.openqa.selenium.By.id("older"));
                if (older.isEmpty()) {
                    break;
                }
                assertThat(rows).hasSize(50);
                older.get(0).click();
                assertThat(browser.findElement(org.openqa.selenium.By.id("newest")).isDisplayed()).isTrue();
            }
            assertThat(pages).isGreaterThanOrEqualTo(2);
            assertThat(seen).as("every row once").doesNotHaveDuplicates();
            for (int i = 1; i <= 60; i++) {
                String subject = "Paged " + String.format("%02d", i);
                assertThat(seen.stream().filter(r -> r.contains(subject))).as(subject).hasSize(1);
            }
            // a made-up page start is the first page
            browser.get(server + "admin/messages.xhtml?before=x'; DROP");
            assertThat(browser.findElements(org.openqa.selenium.By.xpath("//table[@id='latest']/tbody/tr")))
                    .hasSize(50);
        } finally {
            browser.quit();
        }
    }

    @Test
    void anEmailArrivesInTheCustomersLanguageAndItsUnsubscribeLinkWorksAtOnce() throws Exception {
        String customer = enrolledCustomer("06 4800 0001", "Anne");
        ServerFixture.update("UPDATE customer SET email = 'anne@example.test' WHERE id = '" + customer + "'");
        int before = smtp.getReceivedMessages().length;
        long id = queue("EMAIL", customer, "anne@example.test", "nl", "Tot snel, Anne", "Hoi Anne, we missen je!");

        assertThat(smtp.waitForIncomingEmail(20_000, before + 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[before];
        assertThat(mail.getSubject()).isEqualTo("Tot snel, Anne");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("anne@example.test");
        assertThat(mail.getFrom()[0].toString()).contains("hello@demo.regulars.invalid");
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        String token = ServerFixture.text("SELECT unsubscribe_token FROM outbox_message WHERE id = " + id);
        assertThat(body).startsWith("Hoi Anne, we missen je!").contains("Afmelden: http").contains("/u/" + token);
        assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<").endsWith("/u/" + token + ">");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.getHeader("Content-Language")[0]).isEqualTo("nl");
        awaitStatus(id, "SENT");

        // one click
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server + "u/" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Je bent afgemeld");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer_consent WHERE customer_id = ? AND channel = 'EMAIL'"
                + " AND NOT granted AND source = 'unsubscribe link in a message'", customer)).isEqualTo(1);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer_consent WHERE customer_id = ? AND channel = 'SMS'"
                + " AND granted", customer)).as("only the channel of the message").isEqualTo(1);
        // a mail client's one-click POST (RFC 8058) does the same
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(server + "u/" + token))
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(200);

        // honoured at once: a message queued now is not sent
        long later = queue("EMAIL", customer, "anne@example.test", "nl", "Nog een", "Nog een bericht");
        awaitStatus(later, "DEAD");
        assertThat(ServerFixture.text("SELECT last_error FROM outbox_message WHERE id = " + later))
                .isEqualTo("no consent for EMAIL: the customer unsubscribed or never agreed");
        assertThat(smtp.getReceivedMessages()).hasSize(before + 1);

        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(server + "u/" + "0".repeat(32))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(server + "u/not-a-token")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    @Test
    void anSmsIsRetriedWhenTheGatewayFailsAndItsDeliveryReportIsRecorded() throws Exception {
        String customer = enrolledCustomer("06 4800 0002", "Bram");
        GATEWAY_STATUS.set(503);
        int before = SMS.size();
        long id = queue("SMS", customer, "+31648000002", "en", null, "Hi Bram, 100 points for your birthday!");

        awaitError(id, "the SMS gateway answered 503");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM outbox_message WHERE id = ? AND status = 'PENDING'"
                + " AND attempts = 1 AND next_attempt_at > NOW(6) + INTERVAL 20 SECOND", id)).isEqualTo(1);
        GATEWAY_STATUS.set(200);
        ServerFixture.update("UPDATE outbox_message SET next_attempt_at = NOW(6) WHERE id = " + id);
        awaitStatus(id, "SENT");
        Map<String, String> request = SMS.get(SMS.size() - 1);
        assertThat(SMS.size()).isEqualTo(before + 2);
        assertThat(request.get("authorization")).isEqualTo("Bearer it-gateway-key");
        assertThat(request.get("body")).contains("\"to\":\"+31648000002\"", "\"reference\":\"" + id + "\"",
                "Hi Bram, 100 points for your birthday! Unsubscribe: ");

        String report = "{\"reference\":\"" + id + "\",\"status\":\"DELIVERED\"}";
        assertThat(deliveryReport("wrong", report).statusCode()).isEqualTo(401);
        assertThat(deliveryReport(TestDatabase.SMS_CALLBACK_SECRET, "{\"reference\":\"x\"}").statusCode())
                .isEqualTo(400);
        assertThat(deliveryReport(TestDatabase.SMS_CALLBACK_SECRET, "{\"reference\":\"99999999\",\"status\":"
                + "\"DELIVERED\"}").statusCode()).isEqualTo(404);
        assertThat(deliveryReport(TestDatabase.SMS_CALLBACK_SECRET, report).statusCode()).isEqualTo(204);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM outbox_message WHERE id = ? AND status = 'DELIVERED'"
                + " AND delivered_at IS NOT NULL", id)).isEqualTo(1);

        // a number the gateway refuses for good is not tried again
        GATEWAY_STATUS.set(400);
        long refused = queue("SMS", customer, "+31648000002", "en", null, "Hello again");
        awaitStatus(refused, "DEAD");
        assertThat(ServerFixture.text("SELECT last_error FROM outbox_message WHERE id = " + refused))
                .startsWith("the SMS gateway answered 400");
        GATEWAY_STATUS.set(200);

        // the manager sees what was not sent, and why
        org.openqa.selenium.chrome.ChromeDriver browser = Browser.start();
        try {
            Browser.logIn(browser, server, "owner@demo.regulars.dev", "regulars-demo");
            browser.findElement(org.openqa.selenium.By.id("nav-messages")).click();
            assertThat(browser.findElement(org.openqa.selenium.By.id("dead")).getText())
                    .contains("SMS", "…0002", "the SMS gateway answered 400");
            assertThat(browser.findElement(org.openqa.selenium.By.id("latest")).getText()).contains("delivered");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aJoinCodeGoesOutWhole_AndIsBlankedInTheOutboxOnceSentOrDead() throws Exception {
        String business = ServerFixture.text("SELECT business_id FROM store LIMIT 1");
        int before = SMS.size();
        long sent = queueCode(business, "+31648000004", "239450 is your code for Demo Cafe");
        awaitStatus(sent, "SENT");
        assertThat(SMS.subList(before, SMS.size())).anyMatch(r -> r.get("body").contains("239450 is your code"));
        assertThat(ServerFixture.text("SELECT body FROM outbox_message WHERE id = " + sent))
                .isEqualTo("****** is your code for Demo Cafe");
        // the delivery report still finds it
        assertThat(deliveryReport(TestDatabase.SMS_CALLBACK_SECRET, "{\"reference\":\"" + sent
                + "\",\"status\":\"DELIVERED\"}").statusCode()).isEqualTo(204);

        GATEWAY_STATUS.set(400);
        try {
            long dead = queueCode(business, "+31648000005", "Uw code is 771203.");
            awaitStatus(dead, "DEAD");
            assertThat(ServerFixture.text("SELECT body FROM outbox_message WHERE id = " + dead))
                    .isEqualTo("Uw code is ******.");
        } finally {
            GATEWAY_STATUS.set(200);
        }
    }

    /** A one-time code's SMS as customerpages' PhoneCodes queues it: no customer, a phone-code: key; its id. */
    private static long queueCode(String businessId, String phone, String body) throws SQLException {
        String key = "phone-code:" + UUID.randomUUID().toString().replace("-", "");
        ServerFixture.update("INSERT INTO outbox_message (business_id, customer_id, channel, recipient, language,"
                + " subject, body, dedupe_key, unsubscribe_token, status, next_attempt_at, created_at) VALUES ('"
                + businessId + "', NULL, 'SMS', '" + phone + "', 'en', NULL, '" + body + "', '" + key + "', '"
                + UUID.randomUUID().toString().replace("-", "") + "', 'PENDING', NOW(6), NOW(6))");
        return ServerFixture.count("SELECT id FROM outbox_message WHERE dedupe_key = ?", key);
    }

    @Test
    void aMessageClaimedByAServerThatDiedIsNotSentAgain() throws Exception {
        String customer = enrolledCustomer("06 4800 0003", "Cor");
        ServerFixture.update("UPDATE customer SET email = 'cor@example.test' WHERE id = '" + customer + "'");
        // as a node leaves it when killed between claiming and reporting
        long id = queue("EMAIL", customer, "cor@example.test", "en", "Lost in a crash", "Hello Cor", "SENDING");
        awaitStatus(id, "DEAD");
        assertThat(ServerFixture.text("SELECT last_error FROM outbox_message WHERE id = " + id))
                .contains("not sent again, so that it reaches the customer at most once");
        assertThat(List.of(smtp.getReceivedMessages())).noneMatch(m -> subject(m).equals("Lost in a crash"));
    }

    private String enrolledCustomer(String phone, String name) throws Exception {
        try (Journal journal = Journal.open(dir.resolve(UUID.randomUUID() + ".db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Messaging till");
            TillSales.enroll(till.context(), phone, name, null, null, "LATTE");
            till.sync().syncOnce();
        }
        return ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+31" + phone.substring(1)
                .replace(" ", "") + "'");
    }

    /** A message queued as a campaign run queues it; its id. */
    private static long queue(String channel, String customerId, String recipient, String language, String subject,
                              String body) throws SQLException {
        return queue(channel, customerId, recipient, language, subject, body, "PENDING");
    }

    /** @param status SENDING: claimed a minute ago by a node that never came back */
    private static long queue(String channel, String customerId, String recipient, String language, String subject,
                              String body, String status) throws SQLException {
        String key = "it:" + UUID.randomUUID();
        ServerFixture.update("INSERT INTO outbox_message (business_id, customer_id, channel, recipient, language,"
                + " subject, body, dedupe_key, unsubscribe_token, status, next_attempt_at, created_at, claimed_by,"
                + " claimed_until) SELECT business_id, id, '" + channel + "', '" + recipient + "', '" + language
                + "', " + (subject == null ? "NULL" : "'" + subject + "'") + ", '" + body + "', '" + key + "', '"
                + UUID.randomUUID().toString().replace("-", "") + "', '" + status + "', NOW(6), NOW(6), "
                + (status.equals("SENDING") ? "'dead-node', NOW(6) - INTERVAL 1 MINUTE" : "NULL, NULL")
                + " FROM customer WHERE id = '" + customerId + "'");
        return ServerFixture.count("SELECT id FROM outbox_message WHERE dedupe_key = ?", key);
    }

    private static void awaitStatus(long id, String status) throws Exception {
        await(id, "status = '" + status + "'", "status " + status);
    }

    private static void awaitError(long id, String startOfError) throws Exception {
        await(id, "last_error LIKE '" + startOfError + "%'", "error " + startOfError);
    }

    /** The dispatcher runs every 5 seconds. */
    private static void await(long id, String condition, String what) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (ServerFixture.count("SELECT COUNT(*) FROM outbox_message WHERE id = ? AND " + condition, id) == 0) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("message " + id + " did not reach " + what + ": "
                        + ServerFixture.text("SELECT CONCAT(status, ' / ', COALESCE(last_error, '')) FROM outbox_message"
                        + " WHERE id = " + id));
            }
            Thread.sleep(250);
        }
    }

    private HttpResponse<String> deliveryReport(String secret, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server + "api/v1/messaging/sms-status"))
                .header("Content-Type", "application/json").header("X-Regulars-Secret", secret)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}

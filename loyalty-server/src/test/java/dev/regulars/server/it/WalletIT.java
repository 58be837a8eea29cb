package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.regulars.core.identification.CardNumbers;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.server.platform.Secrets;
import dev.regulars.wallet.TestPki;
import dev.regulars.wallet.apple.PassFixtures;
import dev.regulars.wallet.apple.push.ApnsTestServer;
import dev.regulars.wallet.google.GoogleFixtures;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's Wallet on a real Payara Micro and MariaDB: a test CA, WWDR-like intermediate and Pass Type ID
 * certificate made here (wallet-passes' TestPki), the settings pointing at their files; the .pkpass from the card
 * page's link, its signature checked by BouncyCastle; a device registered through the PassKit web service with the
 * right and a wrong token; a sale through a real till changes the balance, and then the APNs stand-in (Jetty,
 * HTTP/2 over TLS, demanding the pass certificate) records exactly one push for the device, the updated-serials call
 * lists the pass, the latest pass shows the new balance, If-Modified-Since gives 304, and the Google stand-in
 * records the object's PATCH. Phones +31 6 4900 02xx.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(WalletIT.StandIns.class)
class WalletIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLIC_URL = "https://wallet.regulars.test";
    private static final String PUSH_TOKEN = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private static final String DEVICE = "d3v1c3l1brary0001";

    private final URL server = StandIns.server.url();
    @TempDir
    Path dir;

    /**
     * The certificates' files, the APNs and Google stand-ins, and a Payara Micro with the settings naming them (the
     * shared server of the run has no Wallet set up): started by the first Wallet class of the run, shared by the
     * others (each uses its own phones, devices and push tokens), stopped when the run ends.
     */
    static final class StandIns implements BeforeAllCallback {
        static ItServer server;
        static Map<String, String> settings;
        static ApnsTestServer apns;
        static HttpServer google;
        static final List<String> GOOGLE = new CopyOnWriteArrayList<>();

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(StandIns.class, k -> start(), Stop.class);
            synchronized (StandIns.class) {
                if (server.closed()) { // stopped for a test of its own cluster: the same settings again
                    try {
                        server = ItServer.start("wallet", settings).runLevel();
                    } catch (Exception e) {
                        throw new IllegalStateException("the Wallet server did not start again", e);
                    }
                }
            }
        }

        private static Stop start() {
            try {
                startAll();
            } catch (Exception e) {
                throw new IllegalStateException("the Wallet stand-ins or their server did not start", e);
            }
            return new Stop();
        }

        private static void startAll() throws Exception {
            TestPki pki = TestPki.get();
            Path files = Files.createDirectories(
                    Path.of(System.getProperty("regulars.it.dir", "target/it")).resolve("wallet"));
            Files.writeString(files.resolve("pass-cert.pem"), TestPki.pem(pki.passRsa));
            Files.writeString(files.resolve("pass-key.pem"),
                    TestPki.pem(new JcaPKCS8Generator(pki.passRsaKeys.getPrivate(), null)));
            Files.writeString(files.resolve("wwdr.pem"), TestPki.pem(pki.wwdr));
            Files.writeString(files.resolve("root.pem"), TestPki.pem(pki.root));
            apns = new ApnsTestServer(true);
            google = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            google.createContext("/token", exchange -> {
                byte[] body = "{\"access_token\":\"it-google-token\",\"expires_in\":3600}".getBytes();
                exchange.getResponseHeaders().add("content-type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            google.createContext("/walletobjects/v1/", exchange -> {
                GOOGLE.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                        + exchange.getRequestHeaders().getFirst("authorization") + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] body = "{}".getBytes();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            google.start();
            String googleBase = "http://127.0.0.1:" + google.getAddress().getPort();
            Files.write(files.resolve("google.json"), GoogleFixtures.keyFile(URI.create(googleBase + "/token")));
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("regulars.public-url", PUBLIC_URL);
            settings.put("regulars.wallet.token-key", Base64.getEncoder().encodeToString(key));
            settings.put("regulars.wallet.organization", "Demo Cafe");
            settings.put("regulars.wallet.apple.pass-type-id", TestPki.PASS_TYPE_ID);
            settings.put("regulars.wallet.apple.team-id", TestPki.TEAM_ID);
            settings.put("regulars.wallet.apple.certificate", files.resolve("pass-cert.pem").toAbsolutePath().toString());
            settings.put("regulars.wallet.apple.key", files.resolve("pass-key.pem").toAbsolutePath().toString());
            settings.put("regulars.wallet.apple.wwdr-certificate", files.resolve("wwdr.pem").toAbsolutePath().toString());
            settings.put("regulars.wallet.apns.url", apns.endpoint().base().toString());
            settings.put("regulars.wallet.apns.trust-certificate", files.resolve("root.pem").toAbsolutePath().toString());
            settings.put("regulars.wallet.google.issuer-id", GoogleFixtures.ISSUER);
            settings.put("regulars.wallet.google.service-account", files.resolve("google.json").toAbsolutePath().toString());
            settings.put("regulars.wallet.google.api-url", googleBase + "/walletobjects/v1");
            settings.put("regulars.wallet.google.settle-seconds", "0");
            StandIns.settings = settings;
            server = ItServer.start("wallet", settings).runLevel();
        }

        /** Closed by JUnit when the run ends. */
        private static final class Stop implements ExtensionContext.Store.CloseableResource {
            @Override
            public void close() throws Exception {
                server.close();
                apns.close();
                google.stop(0);
            }
        }
    }

    @Test
    void aPassFromTheCardPageIsSignedRegistersAndIsPushedWhenASaleChangesTheBalance() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("till.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Wallet till");
            TillSales.enroll(till.context(), "06 4900 0201", "Mila", null, null, "LATTE");
            till.sync().syncOnce();
            String customerId = ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+31649000201'");
            String link = cardLink(customerId);

            // the card page's Apple link: a signed pass of the customer's card
            HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(URI.create(server + "c/" + link
                    + "/wallet/apple")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("content-type").orElse("")).startsWith("application/vnd.apple.pkpass");
            Map<String, byte[]> files = PassFixtures.unzip(download.body());
            assertSignedByThePassCertificate(files);
            JsonNode pass = JSON.readTree(files.get("pass.json"));
            String serial = pass.get("serialNumber").asText();
            String token = pass.get("authenticationToken").asText();
            long balance = ServerFixture.count("SELECT points_balance FROM customer WHERE id = ?", customerId);
            assertThat(pass.get("passTypeIdentifier").asText()).isEqualTo(TestPki.PASS_TYPE_ID);
            assertThat(pass.get("webServiceURL").asText()).isEqualTo(PUBLIC_URL + "/passkit");
            assertThat(pass.at("/storeCard/primaryFields/0/value").asLong()).isEqualTo(balance);
            assertThat(pass.at("/storeCard/secondaryFields/0/value").asText()).isEqualTo("Mila");
            // the pass shows and scans as the card page and a printed card do: "RC 5096 4122 5934"
            assertThat(pass.at("/barcodes/0/message").asText()).isEqualTo(CardNumbers.printed(serial));
            assertThat(pass.at("/barcodes/0/altText").asText()).isEqualTo(CardNumbers.printed(serial))
                    .startsWith("RC ");
            assertThat(token).hasSizeGreaterThanOrEqualTo(16);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM wallet_pass WHERE serial_number = ?"
                    + " AND auth_token_sha256 = ?", serial, Secrets.sha256Hex(token)))
                    .as("only the token's hash is stored").isEqualTo(1);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer_card WHERE card_number = ?"
                    + " AND customer_id = ?", serial, customerId)).as("the serial is the customer's card").isEqualTo(1);

            // the Google link: a redirect to the signed Save link, holding the same card
            HttpResponse<String> save = HTTP.send(HttpRequest.newBuilder(URI.create(server + "c/" + link
                    + "/wallet/google")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(save.statusCode()).isEqualTo(302);
            String jwt = save.headers().firstValue("location").orElseThrow()
                    .replace("https://pay.google.com/gp/v/save/", "");
            JsonNode claims = GoogleFixtures.verifiedJwt(jwt, GoogleFixtures.keys().getPublic())[1];
            assertThat(claims.at("/payload/loyaltyObjects/0/id").asText()).isEqualTo(GoogleFixtures.ISSUER + "." + serial);
            // no logo set: the class shows the server's own, served here, and the label speaks the phone's language
            assertThat(claims.at("/payload/loyaltyClasses/0/programLogo/sourceUri/uri").asText())
                    .isEqualTo(PUBLIC_URL + "/wallet-logo.png");
            HttpResponse<byte[]> logo = HTTP.send(HttpRequest.newBuilder(URI.create(server + "wallet-logo.png"))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(logo.statusCode()).isEqualTo(200);
            assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(logo.body())).getWidth())
                    .isEqualTo(150);
            assertThat(claims.at("/payload/loyaltyObjects/0/loyaltyPoints/localizedLabel/translatedValues").toString())
                    .contains("Баллы", "Punten");

            // registration: a wrong token is refused, the right one registers once
            String base = server + "passkit/v1/devices/" + DEVICE + "/registrations/" + TestPki.PASS_TYPE_ID;
            assertThat(register(base + "/" + serial, "ApplePass " + "x".repeat(43)).statusCode()).isEqualTo(401);
            assertThat(register(base + "/" + serial, null).statusCode()).isEqualTo(401);
            assertThat(register(base + "/" + serial, "ApplePass " + token).statusCode()).isEqualTo(201);
            assertThat(register(base + "/" + serial, "ApplePass " + token).statusCode()).isEqualTo(200);
            HttpResponse<String> first = get(base, null, null);
            assertThat(first.statusCode()).isEqualTo(200);
            JsonNode firstList = JSON.readTree(first.body());
            assertThat(firstList.get("serialNumbers").get(0).asText()).isEqualTo(serial);
            String tag = firstList.get("lastUpdated").asText();
            assertThat(get(base + "?passesUpdatedSince=" + tag, null, null).statusCode()).isEqualTo(204);
            HttpResponse<String> bad = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/" + serial))
                    .header("Authorization", "ApplePass " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"pushToken\": 7}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("pushToken");

            // the pass as it is, and 304 when asked again with its Last-Modified
            String passUrl = server + "passkit/v1/passes/" + TestPki.PASS_TYPE_ID + "/" + serial;
            HttpResponse<String> before = get(passUrl, "ApplePass " + token, null);
            assertThat(before.statusCode()).isEqualTo(200);
            String lastModified = before.headers().firstValue("last-modified").orElseThrow();
            assertThat(get(passUrl, "ApplePass " + token, lastModified).statusCode()).isEqualTo(304);
            assertThat(get(passUrl, "ApplePass wrong-token-wrong-token", null).statusCode()).isEqualTo(401);
            Thread.sleep(1_100); // Last-Modified counts whole seconds

            // a sale at the till changes the balance: one push, the serial listed, the pass anew
            int pushesBefore = StandIns.apns.requests.size();
            var phone = till.context().customerLookup().normalize("06 4900 0201");
            var mila = till.context().customerLookup().find(phone).orElseThrow();
            till.context().checkout().payCash(TillSales.lines(journal, "LATTE", "LATTE"),
                    new CustomerAtTill.Known(phone, mila.phoneHmac(), mila), 0, 2_000);
            till.sync().syncOnce();
            long newBalance = ServerFixture.count("SELECT points_balance FROM customer WHERE id = ?", customerId);
            assertThat(newBalance).isGreaterThan(balance);
            waitFor(() -> StandIns.apns.requests.size() > pushesBefore, "a push");
            waitFor(() -> StandIns.GOOGLE.stream().anyMatch(r -> r.contains("\"int\":" + newBalance)), "a PATCH");
            Thread.sleep(4_000); // two more rounds of the Wallet job: still one push
            List<ApnsTestServer.Recorded> pushes = StandIns.apns.requests.subList(pushesBefore,
                    StandIns.apns.requests.size());
            assertThat(pushes).hasSize(1);
            assertThat(pushes.get(0).path()).isEqualTo("/3/device/" + PUSH_TOKEN);
            assertThat(pushes.get(0).headers().get("apns-topic")).isEqualTo(TestPki.PASS_TYPE_ID);
            assertThat(pushes.get(0).body()).isEqualTo("{}");
            assertThat(pushes.get(0).clientSubject()).contains("UID=" + TestPki.PASS_TYPE_ID);
            assertThat(StandIns.GOOGLE).anyMatch(r -> r.startsWith("PATCH /walletobjects/v1/loyaltyObject/"
                    + GoogleFixtures.ISSUER + "." + serial + " Bearer it-google-token"));

            HttpResponse<String> updated = get(base + "?passesUpdatedSince=" + tag, null, null);
            assertThat(updated.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(updated.body()).get("serialNumbers").get(0).asText()).isEqualTo(serial);
            assertThat(Long.parseLong(JSON.readTree(updated.body()).get("lastUpdated").asText()))
                    .isGreaterThan(Long.parseLong(tag));
            HttpResponse<byte[]> latest = HTTP.send(HttpRequest.newBuilder(URI.create(passUrl))
                    .header("Authorization", "ApplePass " + token).header("If-Modified-Since", lastModified).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(latest.statusCode()).isEqualTo(200);
            Map<String, byte[]> latestFiles = PassFixtures.unzip(latest.body());
            assertSignedByThePassCertificate(latestFiles);
            assertThat(JSON.readTree(latestFiles.get("pass.json")).at("/storeCard/primaryFields/0/value").asLong())
                    .isEqualTo(newBalance);
            String newModified = latest.headers().firstValue("last-modified").orElseThrow();
            assertThat(get(passUrl, "ApplePass " + token, newModified).statusCode()).isEqualTo(304);

            // a Wallet message of a campaign (an outbox row, as CampaignChunk writes it): the pass's news, and a push
            int pushesBeforeNews = StandIns.apns.requests.size();
            try (Connection db = TestDatabase.connect(); PreparedStatement ps = db.prepareStatement("INSERT INTO"
                    + " outbox_message (business_id, customer_id, channel, recipient, language, subject, body,"
                    + " dedupe_key, unsubscribe_token, status, next_attempt_at, created_at) SELECT business_id, id,"
                    + " 'PUSH', ?, 'en', NULL, 'Double points on Friday', 'wallet-it', ?, 'PENDING', NOW(6), NOW(6)"
                    + " FROM customer WHERE id = ?")) {
                ps.setString(1, serial);
                ps.setString(2, UUID.randomUUID().toString().replace("-", ""));
                ps.setString(3, customerId);
                ps.executeUpdate();
            }
            waitFor(() -> ServerFixture.count("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = 'wallet-it'"
                    + " AND status = 'SENT'") == 1, "the Wallet message sent");
            waitFor(() -> StandIns.apns.requests.size() > pushesBeforeNews, "the news's push");
            HttpResponse<byte[]> withNews = HTTP.send(HttpRequest.newBuilder(URI.create(passUrl))
                    .header("Authorization", "ApplePass " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode news = JSON.readTree(PassFixtures.unzip(withNews.body()).get("pass.json"))
                    .at("/storeCard/backFields/0");
            assertThat(news.get("key").asText()).isEqualTo("news");
            assertThat(news.get("value").asText()).isEqualTo("Double points on Friday");
            assertThat(news.get("changeMessage").asText()).isEqualTo("%@");

            // a device that deleted the pass: 410 drops its registration at the next push
            StandIns.apns.replies.put(PUSH_TOKEN, new ApnsTestServer.Reply(410, "{\"reason\":\"Unregistered\"}"));
            till.context().checkout().payCash(TillSales.lines(journal, "LATTE"),
                    new CustomerAtTill.Known(phone, mila.phoneHmac(), mila), 0, 1_000);
            till.sync().syncOnce();
            waitFor(() -> ServerFixture.count("SELECT COUNT(*) FROM wallet_registration WHERE serial_number = ?",
                    serial) == 0, "the registration dropped");

            // unregister answers 200 even when there is nothing left; the log takes Wallet's messages
            HttpResponse<String> unregister = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/" + serial))
                    .header("Authorization", "ApplePass " + token).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(unregister.statusCode()).isEqualTo(200);
            HttpResponse<String> log = HTTP.send(HttpRequest.newBuilder(URI.create(server + "passkit/v1/log"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"logs\":[\"Wallet IT says hello\"]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(log.statusCode()).isEqualTo(200);
            assertThat(get(server + "passkit/v1/passes/pass.other.type/" + serial, "ApplePass " + token, null)
                    .statusCode()).isEqualTo(404);
        }
    }

    @Test
    void deletingMyDataVoidsThePassOnThePhoneThenForgetsIt() throws Exception {
        String pushToken = "c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2";
        String device = "d3v1c3l1brary0002";
        String customerId = enrolled(server, dir, "06 4900 0203", "Ilse");
        String link = cardLink(customerId);
        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(URI.create(server + "c/" + link
                + "/wallet/apple")).build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode issued = JSON.readTree(PassFixtures.unzip(download.body()).get("pass.json"));
        String serial = issued.get("serialNumber").asText();
        String token = issued.get("authenticationToken").asText();
        String registration = server + "passkit/v1/devices/" + device + "/registrations/" + TestPki.PASS_TYPE_ID;
        HttpResponse<String> registered = HTTP.send(HttpRequest.newBuilder(URI.create(registration + "/" + serial))
                .header("Authorization", "ApplePass " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"pushToken\":\"" + pushToken + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(registered.statusCode()).isEqualTo(201);
        String tag = JSON.readTree(get(registration, null, null).body()).get("lastUpdated").asText();
        int pushesBefore = StandIns.apns.requests.size();

        // "delete my data" on the card page
        org.openqa.selenium.chrome.ChromeDriver browser = Browser.start();
        try {
            browser.get(server + "c/" + link);
            browser.findElement(org.openqa.selenium.By.id("delete")).click();
            browser.findElement(org.openqa.selenium.By.id("confirm")).click();
            Browser.submit(browser, browser.findElement(org.openqa.selenium.By.id("erase")));
            assertThat(browser.findElement(org.openqa.selenium.By.id("deleted")).getText())
                    .startsWith("Your data is deleted.");
        } finally {
            browser.quit();
        }

        // the phone is pushed, lists the pass as changed and gets it voided, with nobody's name or number on it
        waitFor(() -> StandIns.apns.requests.subList(pushesBefore, StandIns.apns.requests.size()).stream()
                .anyMatch(r -> r.path().equals("/3/device/" + pushToken)), "a push for the voided pass");
        HttpResponse<String> changed = get(registration + "?passesUpdatedSince=" + tag, null, null);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(changed.body()).get("serialNumbers").get(0).asText()).isEqualTo(serial);
        String passUrl = server + "passkit/v1/passes/" + TestPki.PASS_TYPE_ID + "/" + serial;
        HttpResponse<byte[]> latest = HTTP.send(HttpRequest.newBuilder(URI.create(passUrl))
                .header("Authorization", "ApplePass " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(latest.statusCode()).isEqualTo(200);
        Map<String, byte[]> files = PassFixtures.unzip(latest.body());
        assertSignedByThePassCertificate(files);
        JsonNode voided = JSON.readTree(files.get("pass.json"));
        assertThat(voided.get("voided").asBoolean()).isTrue();
        assertThat(voided.has("barcodes")).isFalse();
        assertThat(voided.get("storeCard").size()).isZero();
        assertThat(new String(files.get("pass.json"), StandardCharsets.UTF_8)).doesNotContain("Ilse");
        waitFor(() -> StandIns.GOOGLE.stream().anyMatch(r -> r.startsWith("PATCH /walletobjects/v1/loyaltyObject/"
                + GoogleFixtures.ISSUER + "." + serial + " ") && r.contains("\"state\":\"INACTIVE\"")
                && r.contains("\"accountName\":\"\"")), "the Google object retired");

        // a week on, the pass is forgotten: Wallet hears 401 as for any serial it does not know
        ServerFixture.update("UPDATE wallet_pass SET voided_at = voided_at - INTERVAL 8 DAY WHERE serial_number = '"
                + serial + "'");
        waitFor(() -> ServerFixture.count("SELECT COUNT(*) FROM wallet_pass WHERE serial_number = ?", serial) == 0,
                "the voided pass forgotten");
        assertThat(get(passUrl, "ApplePass " + token, null).statusCode()).isEqualTo(401);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM wallet_registration WHERE serial_number = ?", serial))
                .isZero();
    }

    @Test
    void thePassKitServiceAnswersBadRequestsInWords() throws Exception {
        String base = server + "passkit/v1/devices/d3v1c3l1brary0009/registrations/" + TestPki.PASS_TYPE_ID;
        String deep = "{\"logs\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
        HttpResponse<String> nested = post(server + "passkit/v1/log", deep);
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(nested.body()).doesNotContain("Source", "StreamReadConstraints", "StreamReadFeature")
                .contains("nested too deeply");
        HttpResponse<String> broken = post(server + "passkit/v1/log", "{\"logs\": [tru");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).isEqualTo("the body is not valid JSON\n");
        HttpResponse<String> large = post(server + "passkit/v1/log", "{\"logs\":[\"" + "x".repeat(70_000) + "\"]}");
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("too large");
        for (String tag : new String[] {"abc", "-5", "99999999999999999999999"}) {
            HttpResponse<String> bad = get(base + "?passesUpdatedSince=" + tag, null, null);
            assertThat(bad.statusCode()).as(tag).isEqualTo(400);
            assertThat(bad.body()).contains("passesUpdatedSince");
        }
        HttpResponse<String> options = HTTP.send(HttpRequest.newBuilder(URI.create(server + "passkit/v1/log"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(options.headers().firstValue("allow").orElse("")).contains("POST").doesNotContain("DELETE");
        HttpResponse<String> delete = HTTP.send(HttpRequest.newBuilder(URI.create(server + "passkit/v1/log"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(405);

        // a pushToken of hex digits but half a byte short, and a log with forged lines
        String customerId = enrolled(server, dir, "06 4900 0204", "Joep");
        JsonNode pass = JSON.readTree(PassFixtures.unzip(HTTP.send(HttpRequest.newBuilder(URI.create(server + "c/"
                + cardLink(customerId) + "/wallet/apple")).build(), HttpResponse.BodyHandlers.ofByteArray()).body())
                .get("pass.json"));
        String serial = pass.get("serialNumber").asText();
        HttpResponse<String> shortToken = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/" + serial))
                .header("Authorization", "ApplePass " + pass.get("authenticationToken").asText())
                .POST(HttpRequest.BodyPublishers.ofString("{\"pushToken\":\"a1b2c3d4e5f6071\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(shortToken.statusCode()).isEqualTo(400);
        assertThat(shortToken.body()).contains("whole bytes in hex");

        // If-Modified-Since in the year 9999 is no date at all: the pass is sent
        String passUrl = server + "passkit/v1/passes/" + TestPki.PASS_TYPE_ID + "/" + serial;
        assertThat(get(passUrl, "ApplePass " + pass.get("authenticationToken").asText(),
                "Fri, 31 Dec 9999 23:59:59 GMT").statusCode()).isEqualTo(200);

        String marker = "forged-" + UUID.randomUUID();
        assertThat(post(server + "passkit/v1/log", "{\"logs\":[\"hello\\nSEVERE: " + marker + "\"]}").statusCode())
                .isEqualTo(200);
        waitFor(() -> StandIns.server.log().contains(marker), "the log line");
        assertThat(StandIns.server.log().lines().filter(l -> l.contains(marker)))
                .allMatch(l -> l.contains("Wallet says: hello\\nSEVERE: " + marker));
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The id of a customer enrolled at a till newly paired with the server; phone as typed, "06 4900 0203". */
    static String enrolled(URL server, Path dir, String phone, String firstName) throws Exception {
        try (Journal journal = Journal.open(dir.resolve(UUID.randomUUID() + ".db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Till of " + firstName);
            TillSales.enroll(till.context(), phone, firstName, null, null, "LATTE");
            till.sync().syncOnce();
        }
        return ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+31" + phone.substring(1)
                .replace(" ", "") + "'");
    }

    /** A card page link for the customer, made as CardLinks makes them (the join flow has its own test). */
    static String cardLink(String customerId) throws Exception {
        byte[] random = new byte[16];
        new java.security.SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try (Connection db = TestDatabase.connect(); PreparedStatement ps = db.prepareStatement("INSERT INTO"
                + " card_page_link (token_sha256, business_id, customer_id, created_at) SELECT ?, business_id, id, ?"
                + " FROM customer WHERE id = ?")) {
            ps.setString(1, Secrets.sha256Hex(token));
            ps.setObject(2, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            ps.setString(3, customerId);
            ps.executeUpdate();
        }
        return token;
    }

    static HttpResponse<String> register(String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"pushToken\":\"" + PUSH_TOKEN + "\"}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url, String authorization, String ifModifiedSince)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (ifModifiedSince != null) {
            request.header("If-Modified-Since", ifModifiedSince);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The signature: detached CMS over manifest.json by the pass certificate; the manifest hashes every file. */
    private static void assertSignedByThePassCertificate(Map<String, byte[]> files) throws Exception {
        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(files.get("manifest.json")),
                files.get("signature"));
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(TestPki.get().passRsa))).isTrue();
        assertThat(signed.getCertificates().getMatches(null))
                .contains(new JcaX509CertificateHolder(TestPki.get().wwdr));
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().equals("manifest.json") && !file.getKey().equals("signature")) {
                assertThat(manifest.get(file.getKey()).asText()).isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-1").digest(file.getValue())));
            }
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static void waitFor(Check check, String what) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!check.holds()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no " + what + " within 60 s");
            }
            Thread.sleep(200);
        }
    }
}

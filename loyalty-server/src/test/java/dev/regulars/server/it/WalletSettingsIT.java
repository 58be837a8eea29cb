package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.wallet.TestPki;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Wallet settings that name unusable files: the pass certificate file holds no certificate and the Google service
 * account file is missing. The server starts, the card page shows no Wallet buttons, and the Wallet links and the
 * PassKit web service answer 503 with words that name the setting and the file, never 500.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(WalletSettingsIT.BadFiles.class)
class WalletSettingsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final URL server = BadFiles.server.url();

    /**
     * A key and WWDR certificate that work, a pass certificate that is not one, a Google key file not there, and a
     * Payara Micro of this class's own started with them (the server checks its Wallet files as it starts).
     */
    static final class BadFiles implements BeforeAllCallback, AfterAllCallback {
        static ItServer server;

        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            TestPki pki = TestPki.get();
            Path files = Files.createDirectories(
                    Path.of(System.getProperty("regulars.it.dir", "target/it")).resolve("wallet-bad"));
            Files.writeString(files.resolve("pass-cert.pem"), "this is not a certificate\n");
            Files.writeString(files.resolve("pass-key.pem"),
                    TestPki.pem(new JcaPKCS8Generator(pki.passRsaKeys.getPrivate(), null)));
            Files.writeString(files.resolve("wwdr.pem"), TestPki.pem(pki.wwdr));
            Files.deleteIfExists(files.resolve("google.json"));
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("regulars.wallet.token-key", Base64.getEncoder().encodeToString(new byte[32]));
            settings.put("regulars.wallet.apple.pass-type-id", TestPki.PASS_TYPE_ID);
            settings.put("regulars.wallet.apple.team-id", TestPki.TEAM_ID);
            settings.put("regulars.wallet.apple.certificate",
                    files.resolve("pass-cert.pem").toAbsolutePath().toString());
            settings.put("regulars.wallet.apple.key", files.resolve("pass-key.pem").toAbsolutePath().toString());
            settings.put("regulars.wallet.apple.wwdr-certificate",
                    files.resolve("wwdr.pem").toAbsolutePath().toString());
            settings.put("regulars.wallet.google.issuer-id", "3388000000022212345");
            settings.put("regulars.wallet.google.service-account",
                    files.resolve("google.json").toAbsolutePath().toString());
            server = ItServer.start("wallet-bad", settings);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            server.close();
        }
    }

    @Test
    void unusableFilesHideTheWalletButtonsAndTheLinksSayWhatIsWrongWith503() throws Exception {
        String eva = ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+31612345678'");
        String link = WalletIT.cardLink(eva);

        HttpResponse<String> card = get(server + "c/" + link + "?lang=en");
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains("Eva").doesNotContain("wallet-apple").doesNotContain("wallet-google");

        HttpResponse<String> apple = get(server + "c/" + link + "/wallet/apple?lang=en");
        assertThat(apple.statusCode()).isEqualTo(503);
        assertThat(apple.body()).contains("Apple Wallet is not set up on this server: the pass certificate"
                + " pass-cert.pem (regulars.wallet.apple.certificate) is not usable")
                .doesNotContain("target/it"); // the customer is not told where the server keeps its files

        HttpResponse<String> google = get(server + "c/" + link + "/wallet/google?lang=en");
        assertThat(google.statusCode()).isEqualTo(503);
        assertThat(google.body()).contains("Google Wallet is not set up on this server: the service account key"
                + " google.json (regulars.wallet.google.service-account) cannot be read");

        HttpResponse<String> passKit = get(server + "passkit/v1/devices/d3v1c3/registrations/"
                + TestPki.PASS_TYPE_ID);
        assertThat(passKit.statusCode()).isEqualTo(503);
        assertThat(passKit.body()).startsWith("Apple Wallet is not set up on this server: the pass certificate");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM wallet_pass WHERE customer_id = ?", eva))
                .as("no pass is made while Wallet cannot sign it").isZero();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

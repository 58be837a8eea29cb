package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad requests to the pages and the PassKit service over plain HTTP (BadRequestFilter): a method an address does not
 * take is 405 in words, not Payara's page. On the shared server (no Wallet set up), the card page offers no Wallet
 * notifications consent.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class BadRequestsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final URL server = SharedServer.url();
    @TempDir
    Path dir;

    @Test
    void aMethodAnAddressDoesNotTakeIsRefusedInWords() throws Exception {
        for (String path : new String[] {"join", "c/abc", "passkit/v1/log"}) {
            for (String method : new String[] {"PATCH", "PUT"}) {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(server + path))
                        .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(answer.body()).as(method + " " + path).contains("does not take " + method)
                        .doesNotContain("Payara");
                assertThat(answer.headers().firstValue("allow").orElse("")).contains("GET", "POST");
            }
        }
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server + "join"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        HttpResponse<String> service = HTTP.send(HttpRequest.newBuilder(URI.create(server + "passkit/v1/log"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(service.headers().firstValue("content-type").orElse("")).startsWith("text/plain");
    }

    @Test
    void withoutWalletTheCardPageOffersNoWalletConsent() throws Exception {
        String customerId = WalletIT.enrolled(server, dir, "06 4800 0091", "Vera");
        HttpResponse<String> card = HTTP.send(HttpRequest.newBuilder(URI.create(server + "c/"
                + WalletIT.cardLink(customerId))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(card.statusCode()).isEqualTo(200);
        // the consent the till recorded stays as it is (a hidden field), but no box offers it
        assertThat(card.body()).contains("type=\"checkbox\" id=\"sms\"", "type=\"checkbox\" id=\"email\"")
                .doesNotContain("type=\"checkbox\" id=\"wallet\"");
    }
}
